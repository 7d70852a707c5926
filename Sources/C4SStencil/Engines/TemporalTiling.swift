import C4SCore

/// Temporal blocking: work items that each advance part of the grid by several time steps in per-worker scratch
/// sized for the L2 cache, so one pass over memory advances the whole grid by up to `depth` steps.
///
/// Implementations: `WavefrontTiling` (2-D and 3-D) and `ChunkTiling` (1-D).
protocol TemporalTiling: Sendable {
    /// Independent work items of one pass.
    var items: Int { get }
    /// Scratch elements per worker.
    var scratchCount: Int { get }
    /// Ring slots a source line can sit in (the offset tables a `LineOperator` needs).
    var slots: Int { get }
    /// The flat distance in scratch from a point of a line in ring slot `slot` to its neighbour at (dz, dy, dx).
    func offset(dz: Int, dy: Int, dx: Int, slot: Int) -> Int
    /// Advances item `item` by `steps` (1...depth) steps: reads the interior of `src` (its halo is not used), writes the
    /// item's own points of `dst`. `scratch`: this worker's `scratchCount` elements, filled with the Dirichlet value
    /// (if any) when allocated.
    func advance<Op: LineOperator>(item: Int, steps: Int, src: UnsafePointer<Double>, dst: UnsafeMutablePointer<Double>,
                                   scratch: UnsafeMutablePointer<Double>, boundary: StencilBoundary, op: Op, worker: Int)
}

/// How deep to block in time, and the tiling of a problem, shared by the vectorized and LoRAStencil engines.
enum TemporalPlan {
    /// Largest depth used by default.
    static let maxDepth = 8

    /// The depth for `problem`: `requested` (limited to the steps) when positive; else the deepest that keeps a
    /// worker's scratch within `budgetBytes` with useful tiles (at most `maxDepth`), balanced so the passes are even.
    /// 1 for radius-0 kernels.
    static func depth(for problem: StencilProblem, layout: PaddedLayout, requested: Int, budgetBytes: Int) -> Int {
        guard problem.kernel.radius > 0 else { return 1 }
        if requested > 0 { return min(requested, problem.steps) }
        let r = problem.kernel.radius, slots = 2 * r + 1, lineBytes = layout.px * MemoryLayout<Double>.stride
        var cap = 1
        for t in 1...maxDepth {
            let fits: Bool
            switch problem.kernel.rank {
            case 1: fits = true
            case 2: fits = t * slots * lineBytes <= budgetBytes
            default: fits = budgetBytes / (t * slots * lineBytes) >= 6 * t * r // ghost lines at most a third of a plane
            }
            if fits { cap = t }
        }
        let passes = (problem.steps + cap - 1) / cap
        return (problem.steps + passes - 1) / passes
    }

    /// The tiling for `depth`-step passes over `layout`.
    static func tiling(for problem: StencilProblem, layout: PaddedLayout, depth: Int, budgetBytes: Int) -> any TemporalTiling {
        if problem.kernel.rank == 1 {
            return ChunkTiling(global: layout, radius: problem.kernel.radius, depth: depth, budgetBytes: budgetBytes, workers: problem.threads)
        }
        return WavefrontTiling(global: layout, radius: problem.kernel.radius, depth: depth, budgetBytes: budgetBytes, workers: problem.threads)
    }

    /// Runs all steps of `problem` in passes of at most `depth` steps over `tiling`'s items on all workers, computing
    /// lines with `op`; reports after every pass. Returns the final grid, the summed pass time (s) and the pass count.
    static func run<Op: LineOperator>(_ problem: StencilProblem, layout: PaddedLayout, tiling: some TemporalTiling, depth: Int, op: Op,
                                      progress: (StencilProgress) throws -> Void) throws -> (grid: StencilGrid, seconds: Double, sweeps: Int) {
        var src = AlignedBuffer<Double>(count: layout.count, repeating: 0)
        var dst = AlignedBuffer<Double>(count: layout.count, repeating: 0)
        layout.load(problem.grid.values, into: src.pointer)
        var fill = 0.0
        if case .dirichlet(let v) = problem.boundary { fill = v }
        let scratch = (0..<problem.threads).map { _ in AlignedBuffer<Double>(count: tiling.scratchCount, repeating: fill) }
        let clock = ContinuousClock()
        var total = 0.0, done = 0, sweeps = 0
        while done < problem.steps {
            let steps = min(depth, problem.steps - done)
            let (s, d) = (src, dst)
            let seconds = clock.measure {
                ParallelFor.chunks(count: tiling.items, workers: problem.threads) { chunk, items in
                    for item in items {
                        tiling.advance(item: item, steps: steps, src: s.pointer, dst: d.pointer, scratch: scratch[chunk].pointer,
                                       boundary: problem.boundary, op: op, worker: chunk)
                    }
                }
            }.seconds
            swap(&src, &dst)
            done += steps
            sweeps += 1
            total += seconds
            try progress(StencilProgress(steps: steps, stepsDone: done, sweeps: 1, seconds: seconds))
        }
        return (try StencilGrid(dims: problem.grid.dims, values: layout.store(src.pointer)), total, sweeps)
    }
}
