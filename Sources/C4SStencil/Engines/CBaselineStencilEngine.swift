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
        var src = AlignedBuffer<Double>(count: layout.count, repeating: 0)
        var dst = AlignedBuffer<Double>(count: layout.count, repeating: 0)
        layout.load(problem.grid.values, into: src.pointer)
        layout.fillHalo(dst.pointer, boundary: problem.boundary)
        let taps = TapTable(kernel: problem.kernel, layout: layout)
        let pieces = (layout.nx + 65_535) / 65_536
        let clock = ContinuousClock()
        var total = 0.0
        for step in 1...problem.steps {
            let (s, d) = (src, dst)
            let seconds = clock.measure {
                layout.fillHalo(s.pointer, boundary: problem.boundary)
                ParallelFor.chunks(count: layout.lines * pieces, workers: problem.threads) { _, items in
                    for item in items {
                        let xs = ParallelFor.range(of: item % pieces, count: layout.nx, chunks: pieces)
                        let start = layout.lineStart(item / pieces) + xs.lowerBound
                        c4s_stencil_baseline_line(s.pointer + start, d.pointer + start, xs.count,
                                                  taps.offsets.pointer, taps.weights.pointer, taps.count)
                    }
                }
            }.seconds
            swap(&src, &dst)
            total += seconds
            try progress(StencilProgress(steps: 1, stepsDone: step, sweeps: 1, seconds: seconds))
        }
        return StencilOutcome(grid: try StencilGrid(dims: problem.grid.dims, values: layout.store(src.pointer)),
                              seconds: total, sweeps: problem.steps, flopsPerPointStep: problem.kernel.flopsPerPoint)
    }
}
