/// How a hindcast of one budget component compares with the published values: RMSE and mean bias
/// (estimate − published), in the component's unit.
public struct ComponentScore: Sendable, Equatable {
    /// Years compared.
    public let count: Int
    /// Root-mean-square error.
    public let rmse: Double
    /// Mean of estimate − published.
    public let bias: Double
    /// Correlation of estimates with the published values (NaN for fewer than two years).
    public let correlation: Double

    /// Scores `estimates` against `published`. - Precondition: equal, non-zero counts.
    public init(estimates: [Double], published: [Double]) {
        precondition(estimates.count == published.count && !estimates.isEmpty, "ComponentScore: \(estimates.count) estimates for \(published.count) values")
        count = estimates.count
        let errors = zip(estimates, published).map { $0 - $1 }
        rmse = (errors.reduce(0) { $0 + $1 * $1 } / Double(count)).squareRoot()
        bias = errors.reduce(0, +) / Double(count)
        correlation = MapComparison(estimates, reference: published).correlation
    }
}
