import C4SCore
import C4SSpectral

/// The free-space T-fold convolution on the interior of a grid by overlap-save FFT tiles.
///
/// The interior is every point at least h = r·T from each edge (r the kernel radius, T the fused steps): its value
/// after T Dirichlet steps depends only on grid points within h, never on the halo, so it equals the T-fold
/// kernel applied to the initial grid. Each tile of `tile` points (per axis: an output block of side − 2h plus h on
/// both sides) is copied in (zero beyond the grid), transformed (r2c), multiplied by λ^T/M of the tile's box
/// (`KernelSpectrum`), transformed back (c2r); the wrapped-around border h of the result is discarded and the
/// block is written out. Tiles are split over the workers, each with its own buffers (made once, at creation) and
/// single-threaded plans.
struct OverlapSaveTiles {
    /// Grid sides (z, y, x), unit leading sides for lower ranks.
    private let grid: [Int]
    /// Tile sides (z, y, x).
    private let sides: [Int]
    /// Halo per axis (z, y, x): r·T on the grid's axes, 0 on unit leading axes.
    private let halo: [Int]
    private let forward: FFTPlan, inverse: FFTPlan
    /// scale·λ^T on the tile's half spectrum, interleaved complex.
    private let multiplier: FFTBuffer
    /// Per worker: the tile's real values and its half spectrum.
    private let buffers: [(real: FFTBuffer, spectrum: FFTBuffer)]

    /// Prepares the tiles of `tile` sides for `steps` fused steps of `kernel` on a grid of `dims`.
    /// - Precondition: ranks agree; on every axis the interior is non-empty (dims > 2·r·steps) and the tile
    ///   side exceeds 2·r·steps.
    /// `threads` workers share the tiles in `apply`.
    /// - Throws: `SpectralError` when FFTW cannot plan the tile size.
    init(kernel: StencilKernel, dims: [Int], tile: [Int], steps: Int, effort: FFTPlanningEffort, threads: Int) throws {
        let h = kernel.radius * steps, lead = 3 - dims.count
        precondition(dims.count == kernel.rank && tile.count == dims.count, "OverlapSaveTiles: ranks differ")
        precondition(dims.allSatisfy { $0 > 2 * h } && tile.allSatisfy { $0 > 2 * h }, "OverlapSaveTiles: no interior or tile too small")
        grid = Array(repeating: 1, count: lead) + dims
        sides = Array(repeating: 1, count: lead) + tile
        halo = Array(repeating: 0, count: lead) + Array(repeating: h, count: dims.count)
        forward = try FFTPlanCache.shared.plan(FFTPlanKey(dims: tile, kind: .r2c, direction: .forward, effort: effort, threads: 1))
        inverse = try FFTPlanCache.shared.plan(FFTPlanKey(dims: tile, kind: .c2r, direction: .backward, effort: effort, threads: 1))
        multiplier = forward.makeOutput()
        for k in stride(from: 0, to: multiplier.count, by: 2) { multiplier[k] = 1 }
        KernelSpectrum(kernel: kernel, dims: tile).multiply(multiplier, power: steps, scale: 1 / Double(forward.key.points), threads: threads)
        let total = zip(dims, tile).map { (n: Int, m: Int) -> Int in (n - 2 * h + m - 2 * h - 1) / (m - 2 * h) }.reduce(1, *)
        buffers = (0..<max(1, min(threads, total))).map { [forward] _ in (forward.makeInput(), forward.makeOutput()) }
    }

    /// Number of tiles.
    var tileCount: Int { tilesPerAxis.reduce(1, *) }

    /// Tiles per axis (z, y, x).
    var tilesPerAxis: [Int] { (0..<3).map { (grid[$0] - 2 * halo[$0] + block($0) - 1) / block($0) } }

    /// Output side of a tile along axis `a`.
    private func block(_ a: Int) -> Int { sides[a] - 2 * halo[a] }

    /// Writes the interior of `dst` from `src` (both row-major grids of the given dims), tiles over the workers.
    func apply(src: UnsafePointer<Double>, dst: UnsafeMutablePointer<Double>) {
        let counts = tilesPerAxis, total = counts.reduce(1, *), buffers = buffers
        nonisolated(unsafe) let (src, dst) = (src, dst)
        ParallelFor.chunks(count: total, workers: buffers.count) { worker, tiles in
            let (real, spectrum) = buffers[worker]
            for t in tiles {
                let index = [t / (counts[1] * counts[2]), t / counts[2] % counts[1], t % counts[2]]
                self.run(tile: index, src: src, dst: dst, real: real, spectrum: spectrum)
            }
        }
    }

    private func run(tile index: [Int], src: UnsafePointer<Double>, dst: UnsafeMutablePointer<Double>, real: FFTBuffer, spectrum: FFTBuffer) {
        let out = (0..<3).map { halo[$0] + index[$0] * block($0) }
        let outCount = (0..<3).map { min(block($0), grid[$0] - halo[$0] - out[$0]) }
        let start = (0..<3).map { out[$0] - halo[$0] }
        let inCount = (0..<3).map { min(sides[$0], grid[$0] - start[$0]) }
        let (ny, nx, my, mx) = (grid[1], grid[2], sides[1], sides[2])
        real.pointer.update(repeating: 0, count: real.count)
        for z in 0..<inCount[0] {
            for y in 0..<inCount[1] {
                (real.pointer + (z * my + y) * mx).update(from: src + ((start[0] + z) * ny + start[1] + y) * nx + start[2], count: inCount[2])
            }
        }
        forward.execute(input: real, output: spectrum)
        let s = spectrum.pointer, m = multiplier.pointer
        for k in stride(from: 0, to: spectrum.count, by: 2) {
            let (a, b) = (s[k], s[k + 1])
            s[k] = a * m[k] - b * m[k + 1]
            s[k + 1] = a * m[k + 1] + b * m[k]
        }
        inverse.execute(input: spectrum, output: real)
        for z in 0..<outCount[0] {
            for y in 0..<outCount[1] {
                (dst + ((out[0] + z) * ny + out[1] + y) * nx + out[2])
                    .update(from: real.pointer + ((halo[0] + z) * my + halo[1] + y) * mx + halo[2], count: outCount[2])
            }
        }
    }
}
