/// How well samples reproduce a system's exact density on its grids: Jensen–Shannon and KL
/// divergences and DiG's coverage on the (coarse) metric grid, basin populations on the (fine) basin grid.
public struct GridComparison: Sendable {
    /// Histogram of the samples on the metric grid.
    public let histogram: SampleHistogram
    /// JS(samples, exact) on the metric grid, nats.
    public let jensenShannon: Double
    /// KL(samples‖exact) on the metric grid, nats.
    public let kullbackLeibler: Double
    /// Coverage scores on the metric grid.
    public let coverage: GridCoverage
    /// Fraction of the samples in each basin of the basin grid.
    public let basinPopulations: [Double]

    /// Compares `points` (count × 2) with the exact densities `metricGrid` and `basinGrid`, a cell
    /// counting as occupied at probability ≥ `coverageThreshold`.
    public init(points: [Double], metricGrid: GridDensity, basinGrid: GridDensity, coverageThreshold: Double) {
        histogram = SampleHistogram(points: points, grid: metricGrid)
        jensenShannon = DistributionDivergence.jensenShannon(histogram.probabilities, metricGrid.probabilities)
        kullbackLeibler = DistributionDivergence.kullbackLeibler(histogram.probabilities, metricGrid.probabilities)
        coverage = GridCoverage(model: histogram.probabilities, reference: metricGrid.probabilities, threshold: coverageThreshold)
        basinPopulations = SampleHistogram(points: points, grid: basinGrid).basinPopulations
    }
}
