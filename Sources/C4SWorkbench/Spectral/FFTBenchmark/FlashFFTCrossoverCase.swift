import C4SCore
import C4SStencil

/// The `crossover` case of `c4s bench fft`: for each shape and boundary, on a moderate grid (1-D 2^20, 2-D
/// 1024², 3-D 96³; quick: 2^18, 512², 64³), the smallest step count T at which flashfft (cost-model plan) is
/// faster than the fastest direct engine, found by bisection over T in 1...maxSteps with both timed at each
/// probe. The fastest direct engine is picked once per shape and boundary from 16-step runs; at a probe it runs
/// min(T, 64) steps, scaled linearly to T. The cost model's predicted crossover is reported beside it.
enum FlashFFTCrossoverCase {
    static func run(_ settings: FFTBenchmarkSettings, maxSteps: Int) throws -> (rows: [BenchmarkReport.Row], notes: [String]) {
        var rows: [BenchmarkReport.Row] = []
        let cancellation = settings.context.cancellation
        for shape in StencilShape.allCases {
            let dims = settings.quick ? [[1 << 18], [512, 512], [64, 64, 64]][shape.rank - 1] : [[1 << 20], [1024, 1024], [96, 96, 96]][shape.rank - 1]
            let grid = try StencilGrid.generate(dims: dims, pattern: .random, seed: 3)
            for boundary in [StencilBoundary.periodic, .dirichlet(0)] {
                func problem(_ steps: Int) throws -> StencilProblem {
                    try StencilProblem(grid: grid, kernel: shape.kernel, boundary: boundary, steps: steps, threads: settings.threads)
                }
                var direct = (kind: StencilEngineKind.vectorized, perStep: Double.infinity)
                for kind in StencilMachineRates.directEngines {
                    try cancellation.checkCancellation()
                    let perStep = try kind.engine().run(problem(16)) { _ in }.seconds / 16
                    if perStep < direct.perStep { direct = (kind, perStep) }
                }
                let flash = FlashFFTEngine(effort: settings.effort)
                func flashWins(_ steps: Int) throws -> Bool {
                    try cancellation.checkCancellation()
                    let fft = try flash.run(problem(steps)) { _ in }.seconds
                    let measured = min(steps, 64)
                    let stepped = try direct.kind.engine().run(problem(measured)) { _ in }.seconds * Double(steps) / Double(measured)
                    return fft < stepped
                }
                let model = FlashFFTCostModel(rates: try StencilMachineRates.rates(for: problem(1), effort: settings.effort))
                func predictedWins(_ steps: Int) throws -> Bool {
                    let p = try problem(steps)
                    return model.bestPlan(for: p).predictedSeconds! < model.directSeconds(points: grid.values.count, steps: steps)
                }
                let measured = try crossover(maxSteps: maxSteps, wins: flashWins)
                let predicted = try crossover(maxSteps: maxSteps, wins: predictedWins)
                rows.append(FFTBenchmarkSettings.row("crossover", shape: shape.rawValue, boundary: boundary == .periodic ? "periodic" : "dirichlet",
                                                     size: dims, engine: "flashfft vs \(direct.kind.rawValue)", [
                    ("crossover_steps", measured.map(Double.init) ?? .nan, "steps"),
                    ("predicted_crossover_steps", predicted.map(Double.init) ?? .nan, "steps"),
                    ("direct_seconds_per_step", direct.perStep, "s"),
                ]))
                settings.context.progress("crossover: \(shape.rawValue) \(boundary): flashfft wins from T = "
                    + (measured.map(String.init) ?? "never up to \(maxSteps)") + " (predicted " + (predicted.map(String.init) ?? "never") + ")")
            }
        }
        return (rows, ["crossover: T from which flashfft beats the fastest direct engine (NaN: not up to --max-steps); "
                       + "direct engines timed for min(T, 64) steps and scaled to T; Dirichlet halo 0"])
    }

    /// The smallest T in 1...maxSteps with `wins(T)`, assuming wins is monotone (bisection); nil when
    /// `wins(maxSteps)` is false.
    static func crossover(maxSteps: Int, wins: (Int) throws -> Bool) throws -> Int? {
        guard try wins(maxSteps) else { return nil }
        if try wins(1) { return 1 }
        var (lose, win) = (1, maxSteps)
        while win - lose > 1 {
            let mid = (lose + win) / 2
            if try wins(mid) { win = mid } else { lose = mid }
        }
        return win
    }
}
