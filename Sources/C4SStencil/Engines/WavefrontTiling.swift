import C4SCore

/// Temporal blocking of 2-D and 3-D grids by wavefronts (2.5-D spatial plus 1-D temporal blocking).
///
/// The slowest axis w (z in 3-D, y in 2-D) is swept plane by plane. A plane is a tile of `tileLines` own lines of the
/// next axis (y in 3-D; the one line in 2-D) plus `depth·radius` ghost lines on each side (3-D only), each a whole
/// padded x line. Every time level 0..<steps keeps a ring of 2·radius+1 planes in the worker's scratch (sized for L2):
/// at sweep position i, level 0 loads plane i of the source (wrapped, or the fixed Dirichlet value outside the grid)
/// and level t computes plane i - t·radius from the ring of level t-1; the last level writes the tile's own lines
/// straight to the destination grid. A pass thus reads the grid once (plus ghost lines) and writes it once for
/// `steps` time steps. Work items are tiles × segments of w; a segment's first and last steps·radius planes of each
/// level are computed redundantly, as are ghost lines.
struct WavefrontTiling: TemporalTiling {
    /// The grid's layout.
    let global: PaddedLayout
    /// Kernel radius.
    let radius: Int
    /// Steps per pass at most.
    let depth: Int
    /// Whether the grid is 3-D (w = z, inner lines = y) rather than 2-D (w = y, one inner line).
    let is3D: Bool
    /// Planes along w; lines of a plane in the grid.
    let nw: Int, ni: Int
    /// Own inner lines per tile; tiles per plane; segments along w.
    let tileLines: Int, tiles: Int, segments: Int
    /// Lines of a scratch plane: own plus ghost lines.
    let planeLines: Int

    /// Plans tiles whose rings of `depth` levels take at most about `budgetBytes` (at least one own line), with
    /// enough items for `workers` threads (tile counts rounded to a multiple of the workers where the grid allows).
    init(global: PaddedLayout, radius: Int, depth: Int, budgetBytes: Int, workers: Int) {
        self.global = global
        self.radius = radius
        self.depth = depth
        is3D = global.hz > 0 || global.nz > 1
        nw = is3D ? global.nz : global.ny
        ni = is3D ? global.ny : 1
        let ghost = is3D ? depth * radius : 0
        let fit = budgetBytes / (depth * (2 * radius + 1) * global.px * MemoryLayout<Double>.stride)
        let most = max(1, min(ni, fit - 2 * ghost))
        var count = (ni + most - 1) / most
        if count % workers != 0 { count = min(ni, (count + workers - 1) / workers * workers) }
        tileLines = (ni + count - 1) / count
        tiles = (ni + tileLines - 1) / tileLines
        segments = tiles >= workers ? 1 : min(nw, (workers + tiles - 1) / tiles)
        planeLines = tileLines + 2 * ghost
    }

    var slots: Int { 2 * radius + 1 }
    var items: Int { tiles * segments }
    /// Elements of one scratch plane.
    var planeCount: Int { planeLines * global.px }
    /// Elements of one level's ring.
    var ringCount: Int { slots * planeCount }
    var scratchCount: Int { depth * ringCount }

    func offset(dz: Int, dy: Int, dx: Int, slot: Int) -> Int {
        let dw = is3D ? dz : dy, di = is3D ? dy : 0
        return (((slot + dw) % slots + slots) % slots - slot) * planeCount + di * global.px + dx
    }

    /// The ring slot of plane `p`.
    private func slot(_ p: Int) -> Int { (p % slots + slots) % slots }

    func advance<Op: LineOperator>(item: Int, steps s: Int, src: UnsafePointer<Double>, dst: UnsafeMutablePointer<Double>,
                                   scratch: UnsafeMutablePointer<Double>, boundary: StencilBoundary, op: Op, worker: Int) {
        let (px, hx, nx, r) = (global.px, global.hx, global.nx, radius)
        let ri = is3D ? radius : 0, ghost = depth * ri
        let tile = item % tiles, y0 = tile * tileLines, own = min(tileLines, ni - y0)
        let ws = ParallelFor.range(of: item / tiles, count: nw, chunks: segments)
        var fixed: Double?
        if case .dirichlet(let v) = boundary { fixed = v }
        // Local line ly holds grid line y0 - ghost + ly; those outside the grid hold the Dirichlet value at every level.
        let inGrid = (ghost - y0)..<(ghost - y0 + ni)
        if let v = fixed {
            for ly in 0..<planeLines where !inGrid.contains(ly) {
                for k in 0..<(depth * slots) { (scratch + k * planeCount + ly * px).update(repeating: v, count: px) }
            }
        }
        let wrap = { (row: UnsafeMutablePointer<Double>) in
            for k in 0..<hx {
                row[k] = row[k + nx]
                row[hx + nx + k] = row[hx + k]
            }
        }
        for i in (ws.lowerBound - s * r)..<(ws.upperBound + s * r) {
            for t in 0...s {
                let p = i - t * r
                var planes = (ws.lowerBound - (s - t) * r)..<(ws.upperBound + (s - t) * r)
                if fixed != nil { planes = planes.clamped(to: t == s ? 0..<nw : -r..<(nw + r)) }
                guard planes.contains(p) else { continue }
                let sl = slot(p), plane = scratch + t * ringCount + sl * planeCount
                if let v = fixed, p < 0 || p >= nw {
                    plane.update(repeating: v, count: planeCount)
                    continue
                }
                var lines = (ghost - (s - t) * ri)..<(ghost + own + (s - t) * ri)
                if fixed != nil { lines = lines.clamped(to: inGrid) }
                if t == 0 {
                    let pw = (p % nw + nw) % nw
                    for ly in lines {
                        let y = ((y0 - ghost + ly) % ni + ni) % ni, row = plane + ly * px
                        (row + hx).update(from: src + global.lineStart(pw * ni + y), count: nx)
                        if fixed == nil { wrap(row) }
                    }
                    continue
                }
                let from = scratch + (t - 1) * ringCount + sl * planeCount + hx
                for ly in lines {
                    if t == s {
                        op.apply(src: from + ly * px, dst: dst + global.lineStart(p * ni + y0 - ghost + ly), count: nx,
                                 slot: sl, worker: worker, last: true)
                    } else {
                        let row = plane + ly * px
                        op.apply(src: from + ly * px, dst: row + hx, count: nx, slot: sl, worker: worker, last: false)
                        if fixed == nil { wrap(row) }
                    }
                }
            }
        }
    }
}
