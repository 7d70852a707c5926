import C4SCore
import C4SSpectral
import Foundation

/// The Fourier multiplier of a stencil kernel on a periodic box of real dims `dims`, on the half spectrum of
/// an r2c transform (`n0 × … × (nx/2 + 1)` values, row-major).
///
/// With the forward transform X_k = Σ_j x_j e^{-2πi j·k/N} (FFTW's), one step of the kernel (the correlation
/// u'(p) = Σ_o w[o]·u(p + o), wrapping around) multiplies X_k by λ(k) = Σ_o w[o]·e^{+2πi Σ_d k_d o_d / n_d};
/// T steps multiply by λ(k)^T. λ is evaluated directly from the taps (per kernel row along x, then phase
/// factors along y and z), each phase from the exactly reduced angle 2π·((k·o) mod n)/n, so λ is accurate to a
/// few ulps and λ^T (`ComplexPower`) to about T ulps.
struct KernelSpectrum: Sendable {
    /// Real sides (z, y, x), unit leading sides for lower ranks.
    let nz: Int, ny: Int, nx: Int
    /// Complex values per spectral line along x (nx/2 + 1).
    let spectralX: Int
    /// Kernel radius.
    private let radius: Int
    /// Offsets (dz, dy) of the kernel rows with a non-zero weight.
    private let rows: [(dz: Int, dy: Int)]
    /// Per row, Σ_dx w·e^{2πi kx·dx/nx} for kx in 0..<spectralX: real parts then imaginary parts (2·spectralX each row).
    private let rowSpectra: AlignedBuffer<Double>
    /// e^{2πi k·o/n} for k in 0..<n, o in -radius...radius, as (re, im) pairs: along y and along z.
    private let phasesY: [Double], phasesZ: [Double]

    /// The multiplier of `kernel` on a periodic box of `dims` (rank of the kernel). - Precondition: ranks agree.
    init(kernel: StencilKernel, dims: [Int]) {
        precondition(dims.count == kernel.rank, "KernelSpectrum: the box and the kernel need the same rank")
        let d = Array(repeating: 1, count: 3 - dims.count) + dims
        (nz, ny, nx) = (d[0], d[1], d[2])
        spectralX = nx / 2 + 1
        let r = kernel.radius, zr = kernel.rank == 3 ? r : 0, yr = kernel.rank >= 2 ? r : 0
        radius = r
        var rows: [(dz: Int, dy: Int)] = []
        var spectra: [Double] = []
        let phasesX = Self.phases(n: nx, radius: r)
        for dz in -zr...zr {
            for dy in -yr...yr {
                let w = (-r...r).map { kernel.weight(dz: dz, dy: dy, dx: $0) }
                guard w.contains(where: { $0 != 0 }) else { continue }
                rows.append((dz, dy))
                var re = [Double](repeating: 0, count: spectralX), im = re
                for k in 0..<spectralX {
                    for (j, weight) in w.enumerated() where weight != 0 {
                        let p = 2 * (k * (2 * r + 1) + j)
                        re[k] += weight * phasesX[p]
                        im[k] += weight * phasesX[p + 1]
                    }
                }
                spectra += re + im
            }
        }
        self.rows = rows
        rowSpectra = AlignedBuffer(copying: spectra.isEmpty ? [0] : spectra)
        phasesY = Self.phases(n: ny, radius: r)
        phasesZ = Self.phases(n: nz, radius: r)
    }

    /// Spectral lines (nz·ny).
    var lines: Int { nz * ny }
    /// Complex values in the half spectrum.
    var count: Int { lines * spectralX }

    /// Writes scale·λ(k)^power for the points `xs` of spectral line `line` (= kz·ny + ky) into `re` and `im`
    /// (xs.count doubles each). - Parameters: scratch: 2·xs.count doubles; power ≥ 1.
    func power(line: Int, xs: Range<Int>, power: Int, scale: Double, re: UnsafeMutablePointer<Double>,
               im: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>) {
        let kz = line / ny, ky = line % ny, n = xs.count, side = 2 * radius + 1
        re.update(repeating: 0, count: n)
        im.update(repeating: 0, count: n)
        for (i, row) in rows.enumerated() {
            let pz = 2 * (kz * side + row.dz + radius), py = 2 * (ky * side + row.dy + radius)
            let (zr, zi) = nz > 1 ? (phasesZ[pz], phasesZ[pz + 1]) : (1.0, 0.0)
            let (yr, yi) = ny > 1 ? (phasesY[py], phasesY[py + 1]) : (1.0, 0.0)
            let cr = zr * yr - zi * yi, ci = zr * yi + zi * yr
            let sr = rowSpectra.pointer + 2 * i * spectralX + xs.lowerBound, si = sr + spectralX
            for j in 0..<n {
                re[j] += cr * sr[j] - ci * si[j]
                im[j] += cr * si[j] + ci * sr[j]
            }
        }
        ComplexPower.raise(re: re, im: im, count: n, power: power, scratch: scratch)
        for j in 0..<n {
            re[j] *= scale
            im[j] *= scale
        }
    }

    /// e^{2πi k·o/n} for k in 0..<n and o in -radius...radius, (re, im) interleaved, k-major.
    private static func phases(n: Int, radius: Int) -> [Double] {
        var out: [Double] = []
        out.reserveCapacity(2 * n * (2 * radius + 1))
        for k in 0..<n {
            for o in -radius...radius {
                let m = ((k * o) % n + n) % n
                let angle = 2 * Double.pi * Double(m) / Double(n)
                out.append(cos(angle))
                out.append(sin(angle))
            }
        }
        return out
    }
}

extension KernelSpectrum {
    /// Complex values per piece of work: a piece's four scratch arrays (32 KiB) stay in L1/L2.
    static let piece = 1024

    /// Multiplies the half spectrum in `spectrum` (`count` complex values, interleaved re/im) by scale·λ^power,
    /// pieces of spectral lines split over `threads` workers.
    /// - Precondition: `spectrum.count >= 2·count`, power ≥ 1, threads ≥ 1.
    func multiply(_ spectrum: FFTBuffer, power: Int, scale: Double, threads: Int) {
        precondition(spectrum.count >= 2 * count, "KernelSpectrum.multiply: the buffer is smaller than the spectrum")
        let pieces = (spectralX + Self.piece - 1) / Self.piece
        let scratch = (0..<threads).map { _ in AlignedBuffer<Double>(count: 4 * Self.piece, repeating: 0) }
        ParallelFor.chunks(count: lines * pieces, workers: threads) { worker, items in
            let re = scratch[worker].pointer, im = re + Self.piece, work = im + Self.piece
            for item in items {
                let line = item / pieces, first = item % pieces * Self.piece
                let xs = first..<min(first + Self.piece, spectralX)
                self.power(line: line, xs: xs, power: power, scale: scale, re: re, im: im, scratch: work)
                let z = spectrum.pointer + 2 * (line * spectralX + xs.lowerBound)
                for j in 0..<xs.count {
                    let (a, b) = (z[2 * j], z[2 * j + 1])
                    z[2 * j] = a * re[j] - b * im[j]
                    z[2 * j + 1] = a * im[j] + b * re[j]
                }
            }
        }
    }
}
