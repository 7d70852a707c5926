import Foundation

/// The textbook O(N²) multi-dimensional DFT, the oracle for FFTW: X[k] = Σ_j x[j] exp(sign · 2πi Σ_d j_d k_d / n_d),
/// row-major, unnormalised. Complex values are interleaved (re, im) pairs.
enum DirectDFT {
    /// Transforms `values` (2 × N doubles) of shape `dims` with exponent sign `sign` (−1 forward, +1 backward).
    static func transform(_ values: [Double], dims: [Int], sign: Double) -> [Double] {
        let n = dims.reduce(1, *)
        precondition(values.count == 2 * n)
        let indices = (0..<n).map { multiIndex($0, dims: dims) }
        var out = [Double](repeating: 0, count: 2 * n)
        for k in 0..<n {
            var re = 0.0, im = 0.0
            for j in 0..<n {
                // The phase as a fraction of a turn, reduced exactly per dimension before the sum.
                var turns = 0.0
                for d in dims.indices {
                    turns += Double(indices[j][d] * indices[k][d] % dims[d]) / Double(dims[d])
                }
                let angle = sign * 2 * Double.pi * (turns - turns.rounded(.down))
                let c = cos(angle), s = sin(angle)
                re += values[2 * j] * c - values[2 * j + 1] * s
                im += values[2 * j] * s + values[2 * j + 1] * c
            }
            out[2 * k] = re
            out[2 * k + 1] = im
        }
        return out
    }

    /// The row-major multi-index of flat index `flat`.
    static func multiIndex(_ flat: Int, dims: [Int]) -> [Int] {
        var rest = flat, index = [Int](repeating: 0, count: dims.count)
        for d in dims.indices.reversed() {
            index[d] = rest % dims[d]
            rest /= dims[d]
        }
        return index
    }

    /// The half spectrum r2c keeps: entries with last index ≤ n_last / 2, as interleaved pairs.
    static func halfSpectrum(_ full: [Double], dims: [Int]) -> [Double] {
        let last = dims.last!, half = last / 2 + 1
        var out: [Double] = []
        for row in 0..<(full.count / 2 / last) {
            for k in 0..<half {
                out.append(full[2 * (row * last + k)])
                out.append(full[2 * (row * last + k) + 1])
            }
        }
        return out
    }
}
