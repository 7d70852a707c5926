import C4SCore

/// The single-step driver shared by the line-based engines: before each step the halo of the
/// source grid is filled for the boundary, then every grid line (long 1-D lines split into pieces
/// of at most 65,536 points so all threads get work) is updated on all cores by `line`, and the
/// buffers swap. Reports after every step.
struct LineSweep {
    /// Updates points `xs` of padded line `line` from `src` into `dst`; `worker` indexes per-thread scratch.
    typealias LineUpdate = @Sendable (_ src: UnsafeMutablePointer<Double>, _ dst: UnsafeMutablePointer<Double>,
                                      _ line: Int, _ xs: Range<Int>, _ worker: Int) -> Void

    let layout: PaddedLayout

    /// Buffers loaded with `problem`'s grid, halos of both filled for its boundary.
    func buffers(for problem: StencilProblem) -> (src: AlignedBuffer<Double>, dst: AlignedBuffer<Double>) {
        let src = AlignedBuffer<Double>(count: layout.count, repeating: 0)
        let dst = AlignedBuffer<Double>(count: layout.count, repeating: 0)
        layout.load(problem.grid.values, into: src.pointer)
        layout.fillHalo(dst.pointer, boundary: problem.boundary)
        return (src, dst)
    }

    /// Runs `problem.steps` sweeps; returns the final grid and the summed sweep time in seconds.
    func run(_ problem: StencilProblem, progress: (StencilProgress) throws -> Void,
             line update: LineUpdate) throws -> (grid: StencilGrid, seconds: Double) {
        var (src, dst) = buffers(for: problem)
        let layout = layout
        let pieces = (layout.nx + 65_535) / 65_536
        var total = 0.0
        for step in 1...problem.steps {
            let (s, d) = (src, dst)
            let seconds = WallClock.time {
                layout.fillHalo(s.pointer, boundary: problem.boundary)
                ParallelFor.chunks(count: layout.lines * pieces, workers: problem.threads) { worker, items in
                    for item in items {
                        update(s.pointer, d.pointer, item / pieces,
                               ParallelFor.range(of: item % pieces, count: layout.nx, chunks: pieces), worker)
                    }
                }
            }
            swap(&src, &dst)
            total += seconds
            try progress(StencilProgress(steps: 1, stepsDone: step, sweeps: 1, seconds: seconds))
        }
        return (try StencilGrid(dims: problem.grid.dims, values: layout.store(src.pointer)), total)
    }
}
