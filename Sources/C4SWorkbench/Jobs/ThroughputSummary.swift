/// Current, mean and peak throughput over a job's samples, in the job's throughput unit.
public struct ThroughputSummary: Sendable, Equatable {
    /// Throughput of the latest sample.
    public var current: Double
    /// Total work / total sampled time.
    public var mean: Double
    /// Highest throughput of any sample.
    public var peak: Double
    /// Throughput label (e.g. GFLOP/s).
    public var label: String

    /// Summarises the samples that counted work (all zero when there are none).
    public init(samples all: [JobSample], unit: WorkUnit) {
        let samples = all.filter { $0.workUnits > 0 }
        let rates = samples.map { $0.workRate / unit.scale }
        let time = samples.reduce(0) { $0 + $1.duration }
        let work = samples.reduce(0) { $0 + $1.workUnits }
        current = rates.last ?? 0
        peak = rates.max() ?? 0
        mean = time > 0 ? work / time / unit.scale : 0
        label = unit.throughputLabel
    }
}
