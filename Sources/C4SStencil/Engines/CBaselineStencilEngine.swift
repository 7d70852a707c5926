import C4SCore
import CStencilBaseline

/// The plain C loop (`c4s_stencil_baseline_line`, -O3 -march=native) on the same padded layout, halo
/// filling and thread split as `VectorizedStencilEngine`: the baseline of `c4s bench stencil`.
public struct CBaselineStencilEngine: StencilEngine {
    /// Creates the engine.
    public init() {}

    /// Runs all steps; reports after every step.
    public func run(_ problem: StencilProblem, progress: (StencilProgress) throws -> Void) throws -> StencilOutcome {
        let layout = PaddedLayout(dims: problem.grid.dims, halo: problem.kernel.radius)
        let taps = TapTable(kernel: problem.kernel, layout: layout)
        let (grid, seconds) = try LineSweep(layout: layout).run(problem, progress: progress) { src, dst, line, xs, _ in
            let start = layout.lineStart(line) + xs.lowerBound
            c4s_stencil_baseline_line(src + start, dst + start, xs.count, taps.offsets.pointer, taps.weights.pointer, taps.count)
        }
        return StencilOutcome(grid: grid, seconds: seconds, sweeps: problem.steps, flopsPerPointStep: problem.kernel.flopsPerPoint)
    }
}
