import Foundation

/// Ridge regression y ≈ b0 + Σ bj·zj on standardised features zj = (xj − mean j)/sd j, with the intercept
/// unpenalised, in closed form: b = (ZᵀZ + λI)⁻¹ Zᵀ(y − ȳ). The penalty λ is chosen from a list by the
/// exact leave-one-out error, eᵢ/(1 − hᵢᵢ) with hᵢᵢ = 1/n + zᵢᵀ(ZᵀZ + λI)⁻¹zᵢ, so no refit is needed.
/// Sized for tens of samples and a handful of features (the p × p system is solved by Cholesky).
public struct RidgeRegression: Sendable, Equatable {
    /// The penalty chosen (in standardised units).
    public let lambda: Double
    /// Feature means, the features' units.
    public let means: [Double]
    /// Feature standard deviations (population), the features' units; 1 for a constant feature.
    public let standardDeviations: [Double]
    /// Intercept: the mean of y, y's unit.
    public let intercept: Double
    /// Coefficients of the standardised features, y's unit.
    public let coefficients: [Double]
    /// Root-mean-square leave-one-out error at `lambda`, y's unit.
    public let leaveOneOutRMS: Double
    /// Leave-one-out errors (prediction − observation) of every sample at `lambda`, y's unit.
    public let leaveOneOutErrors: [Double]

    /// Fits `y` on the rows of `x` (one row per sample, one column per feature).
    /// - Precondition: `x.count == y.count >= 3`, every row has the same number (≥ 1) of features, all
    ///   finite; `lambdas` non-empty and non-negative.
    public init(x: [[Double]], y: [Double], lambdas: [Double] = [0, 0.01, 0.1, 1, 10]) {
        let n = y.count, p = x.first?.count ?? 0
        precondition(x.count == n && n >= 3 && p >= 1 && x.allSatisfy { $0.count == p }, "RidgeRegression: \(x.count) rows for \(n) targets")
        precondition(!lambdas.isEmpty && lambdas.allSatisfy { $0 >= 0 }, "RidgeRegression: penalties must be non-negative")
        let means = (0..<p).map { j in x.reduce(0) { $0 + $1[j] } / Double(n) }
        let sds = (0..<p).map { j -> Double in
            let v = x.reduce(0) { $0 + ($1[j] - means[j]) * ($1[j] - means[j]) } / Double(n)
            return v > 0 ? v.squareRoot() : 1
        }
        let z = x.map { row in (0..<p).map { (row[$0] - means[$0]) / sds[$0] } }
        let yMean = y.reduce(0, +) / Double(n)
        var gram = [Double](repeating: 0, count: p * p), zty = [Double](repeating: 0, count: p)
        for (row, target) in zip(z, y) {
            for i in 0..<p {
                zty[i] += row[i] * (target - yMean)
                for j in 0..<p { gram[i * p + j] += row[i] * row[j] }
            }
        }
        var best: (lambda: Double, b: [Double], errors: [Double], rms: Double)?
        for lambda in lambdas {
            var a = gram
            for i in 0..<p { a[i * p + i] += lambda + 1e-12 }
            let factor = CholeskyFactor(matrix: a, order: p)
            let b = factor.solve(zty)
            let errors = zip(z, y).map { row, target -> Double in
                let fitted = yMean + zip(row, b).reduce(0) { $0 + $1.0 * $1.1 }
                let leverage = 1 / Double(n) + zip(row, factor.solve(row)).reduce(0) { $0 + $1.0 * $1.1 }
                return (fitted - target) / (1 - leverage)
            }
            let rms = (errors.reduce(0) { $0 + $1 * $1 } / Double(n)).squareRoot()
            if best == nil || rms < best!.rms { best = (lambda, b, errors, rms) }
        }
        lambda = best!.lambda
        self.means = means
        standardDeviations = sds
        intercept = yMean
        coefficients = best!.b
        leaveOneOutRMS = best!.rms
        leaveOneOutErrors = best!.errors
    }

    /// The prediction for one sample of features. - Precondition: `features.count == means.count`.
    public func predict(_ features: [Double]) -> Double {
        precondition(features.count == means.count, "RidgeRegression.predict: \(features.count) features for \(means.count)")
        return intercept + (0..<means.count).reduce(0) { $0 + coefficients[$1] * (features[$1] - means[$1]) / standardDeviations[$1] }
    }
}

/// The Cholesky factor L (A = LLᵀ) of a small symmetric positive-definite matrix, row-major.
struct CholeskyFactor {
    let order: Int
    private var l: [Double]

    /// Factors `matrix` (order × order, row-major). - Precondition: symmetric positive definite.
    init(matrix: [Double], order: Int) {
        self.order = order
        l = [Double](repeating: 0, count: order * order)
        for i in 0..<order {
            for j in 0...i {
                var s = matrix[i * order + j]
                for k in 0..<j { s -= l[i * order + k] * l[j * order + k] }
                if i == j {
                    precondition(s > 0, "CholeskyFactor: matrix is not positive definite")
                    l[i * order + i] = s.squareRoot()
                } else {
                    l[i * order + j] = s / l[j * order + j]
                }
            }
        }
    }

    /// x with A x = b. - Precondition: `b.count == order`.
    func solve(_ b: [Double]) -> [Double] {
        var y = b
        for i in 0..<order {
            for k in 0..<i { y[i] -= l[i * order + k] * y[k] }
            y[i] /= l[i * order + i]
        }
        for i in stride(from: order - 1, through: 0, by: -1) {
            for k in (i + 1)..<order { y[i] -= l[k * order + i] * y[k] }
            y[i] /= l[i * order + i]
        }
        return y
    }
}
