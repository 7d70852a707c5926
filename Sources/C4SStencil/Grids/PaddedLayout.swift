import C4SCore

/// A grid stored with a halo of `halo` points on both sides of every axis of the grid's rank, row-major
/// (x fastest). Lower-rank grids are treated as 3-D with unit, unpadded leading axes.
///
/// Engines keep two buffers of `count` elements in this layout and fill the halo before each step:
/// copies of the opposite edge (periodic) or the fixed value (Dirichlet).
struct PaddedLayout: Sendable {
    /// Interior points per axis (z, y, x).
    let nz: Int, ny: Int, nx: Int
    /// Halo width per axis (0 on unit leading axes).
    let hz: Int, hy: Int, hx: Int
    /// Padded points per axis.
    let pz: Int, py: Int, px: Int

    /// A layout for `dims` (rank 1-3) with halo `halo`. - Precondition: every side ≥ `halo`.
    init(dims: [Int], halo: Int) {
        let d = Array(repeating: 1, count: 3 - dims.count) + dims
        precondition(dims.allSatisfy { $0 >= halo }, "PaddedLayout: every side must be at least the halo")
        (nz, ny, nx) = (d[0], d[1], d[2])
        hx = halo
        hy = dims.count >= 2 ? halo : 0
        hz = dims.count == 3 ? halo : 0
        (pz, py, px) = (nz + 2 * hz, ny + 2 * hy, nx + 2 * hx)
    }

    /// Elements in the padded buffer.
    var count: Int { pz * py * px }
    /// Interior rows (lines along x): nz·ny.
    var lines: Int { nz * ny }
    /// Padded index of interior point (z, y, x).
    @inline(__always) func index(_ z: Int, _ y: Int, _ x: Int) -> Int { ((z + hz) * py + y + hy) * px + x + hx }
    /// Padded index of the first interior point of interior line `line` (= z·ny + y).
    @inline(__always) func lineStart(_ line: Int) -> Int { index(line / ny, line % ny, 0) }
    /// The flat distance between neighbours at offsets (dz, dy, dx).
    @inline(__always) func offset(dz: Int, dy: Int, dx: Int) -> Int { (dz * py + dy) * px + dx }

    /// Copies grid values (row-major, unpadded) into the interior.
    func load(_ values: [Double], into p: UnsafeMutablePointer<Double>) {
        values.withUnsafeBufferPointer { v in
            for line in 0..<lines { (p + lineStart(line)).update(from: v.baseAddress! + line * nx, count: nx) }
        }
    }

    /// The interior as row-major values.
    func store(_ p: UnsafePointer<Double>) -> [Double] {
        var out = [Double](repeating: 0, count: nz * ny * nx)
        out.withUnsafeMutableBufferPointer { o in
            for line in 0..<lines { (o.baseAddress! + line * nx).update(from: p + lineStart(line), count: nx) }
        }
        return out
    }

    /// Fills the whole halo: x halo of interior lines, then y halo rows of interior planes, then z halo planes,
    /// so that corners get the right (wrapped or fixed) values.
    func fillHalo(_ p: UnsafeMutablePointer<Double>, boundary: StencilBoundary) {
        let fixed: Double?
        switch boundary {
        case .periodic: fixed = nil
        case .dirichlet(let v): fixed = v
        }
        for z in hz..<(hz + nz) {
            for y in hy..<(hy + ny) {
                let row = p + (z * py + y) * px
                for k in 0..<hx {
                    row[k] = fixed ?? row[k + nx]
                    row[hx + nx + k] = fixed ?? row[hx + k]
                }
            }
            for k in 0..<hy {
                let plane = p + z * py * px
                fill(plane + k * px, from: plane + (k + ny) * px, count: px, fixed: fixed)
                fill(plane + (hy + ny + k) * px, from: plane + (hy + k) * px, count: px, fixed: fixed)
            }
        }
        for k in 0..<hz {
            fill(p + k * py * px, from: p + (k + nz) * py * px, count: py * px, fixed: fixed)
            fill(p + (hz + nz + k) * py * px, from: p + (hz + k) * py * px, count: py * px, fixed: fixed)
        }
    }

    private func fill(_ target: UnsafeMutablePointer<Double>, from source: UnsafePointer<Double>, count: Int, fixed: Double?) {
        if let v = fixed { target.update(repeating: v, count: count) } else { target.update(from: source, count: count) }
    }
}

extension PaddedLayout {
    /// Refreshes the periodic x halo of interior line `line` (= z·ny + y).
    @inline(__always) func wrapLine(_ p: UnsafeMutablePointer<Double>, line: Int) {
        let row = p + lineStart(line) - hx
        for k in 0..<hx {
            row[k] = row[k + nx]
            row[hx + nx + k] = row[hx + k]
        }
    }
}
