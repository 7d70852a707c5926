/// A report from a running engine: the time steps finished since the previous report.
public struct StencilProgress: Sendable, Equatable {
    /// Time steps finished in this interval.
    public let steps: Int
    /// Time steps finished since the start, including these.
    public let stepsDone: Int
    /// Passes over the whole grid in memory in this interval (fewer than `steps` with temporal fusion or blocking).
    public let sweeps: Int
    /// Length of the interval in seconds.
    public let seconds: Double

    /// Creates a report.
    public init(steps: Int, stepsDone: Int, sweeps: Int, seconds: Double) {
        self.steps = steps
        self.stepsDone = stepsDone
        self.sweeps = sweeps
        self.seconds = seconds
    }
}
