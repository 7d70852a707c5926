/// Coefficient of determination and errors of predictions against observations, in their unit.
public struct RegressionScore: Sendable, Equatable {
    /// Rows scored.
    public let count: Int
    /// R² = 1 − Σ(p − o)² / Σ(o − ō)².
    public let rSquared: Double
    /// Root-mean-square error.
    public let rmse: Double
    /// Mean of prediction − observation.
    public let bias: Double

    /// Scores `predictions` against `observations`. - Precondition: equal, non-zero counts.
    public init(predictions: [Double], observations: [Double]) {
        precondition(predictions.count == observations.count && !predictions.isEmpty, "RegressionScore: counts differ or are zero")
        count = predictions.count
        let mean = observations.reduce(0, +) / Double(count)
        var residual = 0.0, total = 0.0, sum = 0.0
        for (p, o) in zip(predictions, observations) {
            residual += (p - o) * (p - o)
            total += (o - mean) * (o - mean)
            sum += p - o
        }
        rSquared = 1 - residual / total
        rmse = (residual / Double(count)).squareRoot()
        bias = sum / Double(count)
    }
}
