import C4SCore

/// Temporal blocking of 1-D grids by overlapped chunks: a worker copies a chunk of `chunk` own points plus
/// `depth·radius` ghost points per side (wrapped, or the Dirichlet value outside the grid) into one of two scratch
/// lines sized for L2, runs the steps there with the valid range shrinking by `radius` per step, and writes the
/// last step's own points straight to the destination grid. One pass over memory advances `steps` time steps.
struct ChunkTiling: TemporalTiling {
    /// The grid's layout (1-D).
    let global: PaddedLayout
    /// Kernel radius.
    let radius: Int
    /// Steps per pass at most.
    let depth: Int
    /// Own points per chunk.
    let chunk: Int

    /// Plans chunks whose two scratch lines take about `budgetBytes` (at least `8·radius·depth` own points), at least
    /// one per worker.
    init(global: PaddedLayout, radius: Int, depth: Int, budgetBytes: Int, workers: Int) {
        self.global = global
        self.radius = radius
        self.depth = depth
        let fit = budgetBytes / (2 * MemoryLayout<Double>.stride) - 2 * (depth + 1) * radius
        let most = max(fit, 8 * radius * depth, 1)
        chunk = min(most, (global.nx + workers - 1) / workers)
    }

    var items: Int { (global.nx + chunk - 1) / chunk }
    var slots: Int { 1 }
    /// Elements of one scratch line: chunk, ghosts and halo.
    var lineCount: Int { chunk + 2 * (depth + 1) * radius }
    var scratchCount: Int { 2 * lineCount }

    func offset(dz: Int, dy: Int, dx: Int, slot: Int) -> Int { dx }

    func advance<Op: LineOperator>(item: Int, steps s: Int, src: UnsafePointer<Double>, dst: UnsafeMutablePointer<Double>,
                                   scratch: UnsafeMutablePointer<Double>, boundary: StencilBoundary, op: Op, worker: Int) {
        let (nx, hx, r) = (global.nx, global.hx, radius)
        let ghost = depth * r, x0 = item * chunk, own = min(chunk, nx - x0)
        // Local j holds grid point x0 - ghost + j; scratch lines start `radius` before j = 0.
        var cur = scratch + r, next = scratch + lineCount + r
        var fixed: Double?
        if case .dirichlet(let v) = boundary { fixed = v }
        let inGrid = (ghost - x0)..<(ghost - x0 + nx)
        for j in (ghost - s * r)..<(ghost + own + s * r) {
            if let v = fixed, !inGrid.contains(j) {
                cur[j] = v
                next[j] = v
            } else {
                cur[j] = src[hx + ((x0 - ghost + j) % nx + nx) % nx]
            }
        }
        for t in 1...s {
            var js = (ghost - (s - t) * r)..<(ghost + own + (s - t) * r)
            if fixed != nil { js = js.clamped(to: inGrid) }
            guard !js.isEmpty else { continue }
            if t == s {
                op.apply(src: cur + js.lowerBound, dst: dst + hx + x0 - ghost + js.lowerBound, count: js.count, slot: 0, worker: worker, last: true)
            } else {
                op.apply(src: cur + js.lowerBound, dst: next + js.lowerBound, count: js.count, slot: 0, worker: worker, last: false)
                swap(&cur, &next)
            }
        }
    }
}
