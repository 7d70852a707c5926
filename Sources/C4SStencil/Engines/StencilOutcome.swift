import C4SCore

/// What an engine returns: the grid after all steps and the time spent stepping.
public struct StencilOutcome: Sendable {
    /// The values after `steps` time steps (same dims as the input).
    public let grid: StencilGrid
    /// Seconds spent in the time steps (layout, planning and copying in and out excluded).
    public let seconds: Double
    /// Passes over the whole grid in memory.
    public let sweeps: Int
    /// Floating-point operations per point and step as executed (e.g. GEMM flops for `convstencil`).
    public let flopsPerPointStep: Double
    /// Engine facts by name (e.g. `rank`, `truncation_error`, `fusion`): dimensionless, except names containing
    /// `seconds` (predictions, in seconds).
    public let facts: [String: Double]

    /// Creates an outcome.
    public init(grid: StencilGrid, seconds: Double, sweeps: Int, flopsPerPointStep: Double, facts: [String: Double] = [:]) {
        self.grid = grid
        self.seconds = seconds
        self.sweeps = sweeps
        self.flopsPerPointStep = flopsPerPointStep
        self.facts = facts
    }
}
