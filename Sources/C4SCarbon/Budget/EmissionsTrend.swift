/// A linear trend through the last few years of an annual series, extrapolated forward: how the budget
/// estimates a year's emissions before the year's inventory is published.
public struct EmissionsTrend: Sendable, Equatable {
    /// Slope, the series' unit per year.
    public let slope: Double
    /// Value of the trend line at `lastYear`.
    public let valueAtLastYear: Double
    /// The last year the trend was fitted to.
    public let lastYear: Int

    /// Least-squares line through the last `span` points of `series` (year, value), years in increasing order.
    /// - Precondition: at least 2 points and `span >= 2`.
    public init(_ series: [(year: Int, value: Double)], span: Int = 5) {
        precondition(series.count >= 2 && span >= 2, "EmissionsTrend needs at least two years")
        let points = series.suffix(span)
        let n = Double(points.count)
        let meanYear = points.reduce(0) { $0 + Double($1.year) } / n, meanValue = points.reduce(0) { $0 + $1.value } / n
        let sxx = points.reduce(0) { $0 + (Double($1.year) - meanYear) * (Double($1.year) - meanYear) }
        let sxy = points.reduce(0) { $0 + (Double($1.year) - meanYear) * ($1.value - meanValue) }
        slope = sxx > 0 ? sxy / sxx : 0
        lastYear = points.last!.year
        valueAtLastYear = meanValue + slope * (Double(lastYear) - meanYear)
    }

    /// The trend's value in `year`, the series' unit.
    public func value(in year: Int) -> Double {
        valueAtLastYear + slope * Double(year - lastYear)
    }
}
