import CBLAS
import C4SCore
import Foundation

/// Times `C = A·B` for square n×n Float64 matrices with OpenBLAS's `cblas_dgemm` (2·n³ flops).
public final class DGEMMProbe: @unchecked Sendable {
    /// Matrix side.
    public let n: Int
    private var a: [Double]
    private var b: [Double]
    private var c: [Double]

    /// Allocates A and B with seeded random entries in [0, 1) and C = 0. - Precondition: n ≥ 1.
    public init(n: Int, seed: UInt64 = 1) {
        precondition(n >= 1, "DGEMMProbe needs n >= 1")
        self.n = n
        var rng = SplitMix64(seed: seed)
        a = (0..<n * n).map { _ in rng.nextUnit() }
        b = (0..<n * n).map { _ in rng.nextUnit() }
        c = [Double](repeating: 0, count: n * n)
    }

    /// Flops of one product.
    public var flopsPerProduct: Double { 2 * Double(n) * Double(n) * Double(n) }

    /// Runs one product on `threads` OpenBLAS threads and returns its duration in seconds.
    public func multiply(threads: Int) -> Double {
        openblas_set_num_threads(Int32(threads))
        let n32 = Int32(n)
        let clock = ContinuousClock()
        let d = clock.measure {
            cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasNoTrans, n32, n32, n32, 1.0, a, n32, b, n32, 0.0, &c, n32)
        }
        return d.seconds
    }

    /// Largest relative error of C against a plain triple loop on `rows` sampled rows.
    public func maxRelativeError(rows: Int = 4) -> Double {
        var worst = 0.0
        for r in stride(from: 0, to: n, by: max(1, n / rows)) {
            for j in 0..<n {
                var s = 0.0
                for k in 0..<n { s += a[r * n + k] * b[k * n + j] }
                worst = max(worst, abs(c[r * n + j] - s) / max(abs(s), 1e-300))
            }
        }
        return worst
    }
}
