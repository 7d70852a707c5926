import C4SCore
import C4SStencil

/// The `auto` case of `c4s bench fft`: whether `--engine auto` picks the engine that is measured fastest. For every
/// shape × boundary × T in {1, 4, 16, 64, 256} on a moderate grid (1-D 2^20, 2-D 1024², 3-D 96³; quick: 2^18,
/// 512², 64³), the cost model's choice is taken (`FlashFFTCostModel.choice`), then flashfft (cost-model plan) and
/// every direct engine are timed (direct engines for min(T, 16) steps, scaled linearly to T). A row reports the
/// choice, the measured fastest engine and the cost of the choice: its measured seconds over the fastest's (1 when
/// right). Engines within 5% of the fastest count as agreeing (timing noise). A run shorter than 0.1 s is repeated
/// and the median of three taken, since single sub-millisecond timings on a loaded machine swing by factors.
enum FlashFFTAutoChoiceCase {
    /// Step counts probed per shape and boundary.
    static let stepCounts = [1, 4, 16, 64, 256]
    /// A choice this close to the fastest (time ratio) counts as agreeing.
    static let tolerance = 1.05

    static func run(_ settings: FFTBenchmarkSettings) throws -> (rows: [BenchmarkReport.Row], notes: [String]) {
        var rows: [BenchmarkReport.Row] = [], agree = 0, total = 0, flashAgree = 0, worst = 1.0
        let cancellation = settings.context.cancellation
        for shape in StencilShape.allCases {
            let dims = settings.quick ? [[1 << 18], [512, 512], [64, 64, 64]][shape.rank - 1] : [[1 << 20], [1024, 1024], [96, 96, 96]][shape.rank - 1]
            let grid = try StencilGrid.generate(dims: dims, pattern: .random, seed: 5)
            for boundary in [StencilBoundary.periodic, .dirichlet(0)] {
                func problem(_ steps: Int) throws -> StencilProblem {
                    try StencilProblem(grid: grid, kernel: shape.kernel, boundary: boundary, steps: steps, threads: settings.threads)
                }
                let model = FlashFFTCostModel(rates: try StencilMachineRates.rates(for: problem(1), effort: settings.effort))
                var perStep: [Int: [StencilEngineKind: Double]] = [:]
                for steps in stepCounts {
                    try cancellation.checkCancellation()
                    let (chosen, predicted) = model.choice(for: try problem(steps))
                    let timedSteps = min(steps, 16)
                    if perStep[timedSteps] == nil {
                        var rates: [StencilEngineKind: Double] = [:]
                        for kind in StencilMachineRates.directEngines {
                            rates[kind] = try seconds { try kind.engine().run(problem(timedSteps)) { _ in }.seconds } / Double(timedSteps)
                        }
                        perStep[timedSteps] = rates
                    }
                    var measured = perStep[timedSteps]!.mapValues { $0 * Double(steps) }
                    measured[.flashfft] = try seconds { try FlashFFTEngine(effort: settings.effort).run(problem(steps)) { _ in }.seconds }
                    let fastest = measured.min { $0.value < $1.value }!
                    let cost = measured[chosen]! / fastest.value
                    let bestDirect = measured.filter { $0.key != .flashfft }.values.min()!
                    let flashRight = (chosen == .flashfft) == (measured[.flashfft]! < bestDirect)
                        || max(measured[.flashfft]!, bestDirect) / min(measured[.flashfft]!, bestDirect) <= tolerance
                    total += 1
                    agree += cost <= tolerance ? 1 : 0
                    flashAgree += flashRight ? 1 : 0
                    worst = max(worst, cost)
                    rows.append(FFTBenchmarkSettings.row("auto", shape: shape.rawValue, boundary: boundary == .periodic ? "periodic" : "dirichlet",
                                                         size: dims, engine: "\(chosen.rawValue) (fastest \(fastest.key.rawValue))", steps: steps, [
                        ("choice_cost", cost, "x"), ("auto_chose_flashfft", chosen == .flashfft ? 1 : 0, "1"),
                        ("flashfft_seconds", measured[.flashfft]!, "s"), ("best_direct_seconds", bestDirect, "s"),
                        ("predicted_flashfft_seconds", predicted[StencilEngineKind.flashfft.rawValue]!, "s"),
                        ("predicted_best_direct_seconds", StencilMachineRates.directEngines.map { predicted[$0.rawValue]! }.min()!, "s"),
                    ]))
                    settings.context.progress(String(format: "auto: %@ %@ T=%d: chose %@, fastest %@, cost %.2fx (flashfft %.4g s, best direct %.4g s)",
                                                     shape.rawValue, "\(boundary)", steps, chosen.rawValue, fastest.key.rawValue, cost,
                                                     measured[.flashfft]!, bestDirect))
                }
            }
        }
        return (rows, [
            "auto: direct engines timed for min(T, 16) steps and scaled to T; runs under 0.1 s timed three times (median); choice_cost = measured seconds of auto's choice / the fastest engine's",
            String(format: "auto chose the fastest engine (within %.0f%%) in %d of %d cases; flashfft-vs-direct decision right in %d of %d; worst choice cost %.2fx",
                   100 * (tolerance - 1), agree, total, flashAgree, total, worst),
        ])
    }

    /// The seconds `run` reports; for runs under 0.1 s, the median of three.
    private static func seconds(_ run: () throws -> Double) rethrows -> Double {
        let first = try run()
        guard first < 0.1 else { return first }
        return try [first, run(), run()].sorted()[1]
    }
}
