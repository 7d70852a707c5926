/// A named scalar outcome of a job, with its unit (e.g. `triad_all_cores = 11.2 GB/s`).
public struct ResultMetric: Sendable, Equatable {
    /// Name, lower_snake_case, unique within a result.
    public let name: String
    /// The value.
    public let value: Double
    /// Unit (e.g. "GB/s", "GFLOP/s", "s"); "1" for dimensionless.
    public let unit: String
    /// One-line meaning.
    public let summary: String

    /// Creates a metric.
    public init(_ name: String, _ value: Double, unit: String, summary: String) {
        self.name = name
        self.value = value
        self.unit = unit
        self.summary = summary
    }
}
