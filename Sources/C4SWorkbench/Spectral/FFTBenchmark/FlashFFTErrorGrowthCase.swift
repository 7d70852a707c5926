import C4SCore
import C4SStencil

/// The `accuracy` case of `c4s bench fft`: flashfft (cost-model plan) against the reference engine at
/// T = 1, 10, 100, 1000 on Heat-1D 4096, Heat-2D 64² and Box-2D 49-point 64², both boundaries: the max absolute
/// error and the worst ratio to the tolerance 1e-9 + 1e-9·|reference| (≤ 1 passes).
enum FlashFFTErrorGrowthCase {
    static func run(_ settings: FFTBenchmarkSettings) throws -> (rows: [BenchmarkReport.Row], notes: [String]) {
        var rows: [BenchmarkReport.Row] = [], worst = 0.0
        for (shape, dims) in [(StencilShape.heat1d, [4096]), (.heat2d, [64, 64]), (.box2d49p, [64, 64])] {
            let grid = try StencilGrid.generate(dims: dims, pattern: .random, seed: 11)
            for boundary in [StencilBoundary.periodic, .dirichlet(0.5)] {
                for steps in [1, 10, 100, 1000] {
                    try settings.context.cancellation.checkCancellation()
                    let p = try StencilProblem(grid: grid, kernel: shape.kernel, boundary: boundary, steps: steps, threads: settings.threads)
                    let expected = try ReferenceStencilEngine().run(p) { _ in }.grid.values
                    let outcome = try FlashFFTEngine(effort: settings.effort).run(p) { _ in }
                    let errors = zip(expected, outcome.grid.values).map { abs($0 - $1) }
                    let ratio = zip(errors, expected).map { $0 / (1e-9 + 1e-9 * abs($1)) }.max()!
                    worst = max(worst, ratio)
                    rows.append(FFTBenchmarkSettings.row("accuracy", shape: shape.rawValue, boundary: boundary == .periodic ? "periodic" : "dirichlet",
                                                         size: dims, engine: "flashfft", steps: steps, [
                        ("max_abs_error", errors.max()!, "1"), ("of_tolerance", ratio, "1"),
                        ("fused_steps", outcome.facts["fused_steps"] ?? .nan, "1"), ("chunks", outcome.facts["chunks"] ?? .nan, "1"),
                    ]))
                    settings.context.progress(String(format: "accuracy: %@ %@ T=%d: max error %.3g", shape.rawValue, "\(boundary)", steps, errors.max()!))
                }
            }
        }
        return (rows, [String(format: "accuracy: worst error %.3g of the tolerance 1e-9 + 1e-9 |reference| over T = 1...1000, %@",
                              worst, worst <= 1 ? "met" : "missed")])
    }
}
