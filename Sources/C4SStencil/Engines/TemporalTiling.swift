import C4SCore

/// Temporal blocking for the vectorized engine: overlapped tiling over the slow axes (y in 2-D; z and y in 3-D).
///
/// A worker copies a tile plus `depth·radius` ghost points on each side of each slow axis (wrapped, or the
/// fixed value outside a Dirichlet grid) into two cache-sized scratch buffers and runs `depth` steps there,
/// the valid region shrinking by `radius` per step on each slow axis; only the tile's own lines are written
/// back. Ghost lines are computed redundantly, so one pass over memory advances the grid by `depth` steps.
struct TemporalTiling: Sendable {
    /// The grid's layout.
    let global: PaddedLayout
    /// A tile's layout: own plus ghost lines on the slow axes, the grid's x side.
    let local: PaddedLayout
    /// Steps per pass.
    let depth: Int
    /// Own points of a tile along z (1 for 2-D) and y.
    let tileZ: Int, tileY: Int
    /// The kernel radius.
    let radius: Int

    /// Plans square-ish tiles whose two scratch buffers take about `budgetBytes` per worker, with at least
    /// max(radius·depth, 4) own points per slow axis.
    init(global: PaddedLayout, radius: Int, depth: Int, budgetBytes: Int) {
        let ghost = radius * depth
        let lines = max(1, budgetBytes / (2 * global.px * 8))
        let is3D = global.hz > 0
        let side = is3D ? Int(Double(lines).squareRoot()) : lines
        let own = max(side - 2 * ghost, ghost, 4)
        tileY = min(own, global.ny)
        tileZ = is3D ? min(own, global.nz) : 1
        self.global = global
        self.depth = depth
        self.radius = radius
        let sideY = tileY + 2 * ghost
        local = PaddedLayout(dims: is3D ? [tileZ + 2 * ghost, sideY, global.nx] : [sideY, global.nx], halo: radius)
    }

    /// Tiles along z and y.
    var tilesZ: Int { (global.nz + tileZ - 1) / tileZ }
    /// Tiles along y.
    var tilesY: Int { (global.ny + tileY - 1) / tileY }
    /// Number of tiles.
    var tiles: Int { tilesZ * tilesY }

    /// Runs `steps` (≤ depth) steps on tile `tile`: reads `src`, writes the tile's own lines of `dst`.
    /// `a`, `b`: scratch buffers of `local.count` elements, their halo filled with the Dirichlet value (if any);
    /// `taps`: the kernel in the `local` layout.
    func advance(tile: Int, steps: Int, src: UnsafePointer<Double>, dst: UnsafeMutablePointer<Double>,
                 a: UnsafeMutablePointer<Double>, b: UnsafeMutablePointer<Double>, boundary: StencilBoundary, taps: TapTable) {
        let (nz, ny, nx) = (global.nz, global.ny, global.nx)
        let gy = radius * steps, gz = global.hz > 0 ? gy : 0, rz = global.hz > 0 ? radius : 0
        let firstZ = tile / tilesY * tileZ, firstY = tile % tilesY * tileY
        let ownZ = min(tileZ, nz - firstZ), ownY = min(tileY, ny - firstY)
        let usedZ = ownZ + 2 * gz, usedY = ownY + 2 * gy
        let z0 = firstZ - gz, y0 = firstY - gy
        let localNY = local.ny
        var insideZ = 0..<usedZ, insideY = 0..<usedY
        if case .dirichlet = boundary {
            insideZ = max(0, -z0)..<min(usedZ, nz - z0)
            insideY = max(0, -y0)..<min(usedY, ny - y0)
        }
        for lz in 0..<usedZ {
            for ly in 0..<usedY {
                let line = lz * localNY + ly
                if case .dirichlet(let value) = boundary, !(insideZ.contains(lz) && insideY.contains(ly)) {
                    (a + local.lineStart(line)).update(repeating: value, count: nx)
                    (b + local.lineStart(line)).update(repeating: value, count: nx)
                    continue
                }
                let z = ((z0 + lz) % nz + nz) % nz, y = ((y0 + ly) % ny + ny) % ny
                (a + local.lineStart(line)).update(from: src + global.lineStart(z * ny + y), count: nx)
                if boundary == .periodic { local.wrapLine(a, line: line) }
            }
        }
        var (cur, next) = (a, b)
        for t in 1...steps {
            let zLow = max(rz * t, insideZ.lowerBound), yLow = max(radius * t, insideY.lowerBound)
            let zs = zLow..<max(zLow, min(usedZ - rz * t, insideZ.upperBound))
            let ys = yLow..<max(yLow, min(usedY - radius * t, insideY.upperBound))
            for lz in zs {
                for ly in ys {
                    let line = lz * localNY + ly, start = local.lineStart(line)
                    SIMDLineKernel.apply(src: cur + start, dst: next + start, count: nx, offsets: taps.offsets.pointer,
                                         weights: taps.weights.pointer, taps: taps.count)
                    if boundary == .periodic { local.wrapLine(next, line: line) }
                }
            }
            swap(&cur, &next)
        }
        for lz in gz..<(gz + ownZ) {
            for ly in gy..<(gy + ownY) {
                (dst + global.lineStart((z0 + lz) * ny + y0 + ly)).update(from: cur + local.lineStart(lz * localNY + ly), count: nx)
            }
        }
    }
}
