/// Singular value decomposition of a small dense matrix by one-sided Jacobi rotations (Hestenes):
/// accurate to round-off, O(n²·m) per sweep; meant for stencil weight matrices (sides ≤ a few dozen).
enum JacobiSVD {
    /// One singular triplet: A = Σ sigma·u·vᵀ.
    struct Triplet {
        /// Singular value (≥ 0).
        let sigma: Double
        /// Left singular vector (length = rows).
        let u: [Double]
        /// Right singular vector (length = columns).
        let v: [Double]
    }

    /// The triplets of the row-major `rows`×`columns` matrix `a`, largest singular value first,
    /// zero singular values omitted. - Precondition: `a.count == rows·columns`.
    static func decompose(_ a: [Double], rows m: Int, columns n: Int) -> [Triplet] {
        precondition(a.count == m * n, "JacobiSVD: matrix size mismatch")
        var u = a  // columns are rotated in place; column j is u[i*n + j]
        var v = [Double](repeating: 0, count: n * n)
        for j in 0..<n { v[j * n + j] = 1 }
        for _ in 0..<60 {
            var rotated = false
            for p in 0..<n {
                for q in (p + 1)..<max(n, p + 1) {
                    var alpha = 0.0, beta = 0.0, gamma = 0.0
                    for i in 0..<m {
                        alpha += u[i * n + p] * u[i * n + p]
                        beta += u[i * n + q] * u[i * n + q]
                        gamma += u[i * n + p] * u[i * n + q]
                    }
                    guard gamma != 0, abs(gamma) > 1e-16 * (alpha * beta).squareRoot() else { continue }
                    rotated = true
                    let zeta = (beta - alpha) / (2 * gamma)
                    let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                    let c = 1 / (1 + t * t).squareRoot(), s = c * t
                    for i in 0..<m {
                        let (x, y) = (u[i * n + p], u[i * n + q])
                        u[i * n + p] = c * x - s * y
                        u[i * n + q] = s * x + c * y
                    }
                    for i in 0..<n {
                        let (x, y) = (v[i * n + p], v[i * n + q])
                        v[i * n + p] = c * x - s * y
                        v[i * n + q] = s * x + c * y
                    }
                }
            }
            if !rotated { break }
        }
        var triplets: [Triplet] = []
        for j in 0..<n {
            let sigma = (0..<m).reduce(0.0) { $0 + u[$1 * n + j] * u[$1 * n + j] }.squareRoot()
            guard sigma > 0 else { continue }
            triplets.append(Triplet(sigma: sigma, u: (0..<m).map { u[$0 * n + j] / sigma }, v: (0..<n).map { v[$0 * n + j] }))
        }
        return triplets.sorted { $0.sigma > $1.sigma }
    }
}
