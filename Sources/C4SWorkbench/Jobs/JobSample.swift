/// One progress report of a running job: the work done since the previous sample.
///
/// Throughput of a sample = `workUnits / duration`; bandwidth = `bytes / duration`.
public struct JobSample: Sendable, Equatable {
    /// Seconds since the job started, at the end of this sample's interval.
    public var elapsed: Double
    /// Length of the interval in seconds (> 0).
    public var duration: Double
    /// Work done in the interval, in the job's `WorkUnit`.
    public var workUnits: Double
    /// Bytes moved to or from memory in the interval (by the job's own count).
    public var bytes: Double
    /// What the interval measured (e.g. "triad 1 thread"), when a job measures several things.
    public var label: String?
    /// Further named observations (e.g. a solver's residual norm).
    public var observations: [String: Double]

    /// Creates a sample.
    public init(elapsed: Double, duration: Double, workUnits: Double, bytes: Double,
                label: String? = nil, observations: [String: Double] = [:]) {
        self.elapsed = elapsed
        self.duration = duration
        self.workUnits = workUnits
        self.bytes = bytes
        self.label = label
        self.observations = observations
    }

    /// Work per second in the interval (0 if the duration is not positive).
    public var workRate: Double { duration > 0 ? workUnits / duration : 0 }
    /// Bytes per second in the interval (0 if the duration is not positive).
    public var byteRate: Double { duration > 0 ? bytes / duration : 0 }
}
