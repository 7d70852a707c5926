/// What a job's work is counted in, and how throughput is shown.
///
/// Throughput = Δwork / Δtime / `scale`, labelled `throughputLabel`
/// (e.g. stencil point updates → GStencil/s with scale 1e9).
public struct WorkUnit: Sendable, Equatable {
    /// Name of one unit of work (e.g. "flop", "stencil point update", "byte").
    public let name: String
    /// Label of the throughput (e.g. "GFLOP/s", "GStencil/s", "GB/s").
    public let throughputLabel: String
    /// Units per throughput unit (1e9 for the G prefixes).
    public let scale: Double

    /// Declares a work unit.
    public init(name: String, throughputLabel: String, scale: Double) {
        self.name = name
        self.throughputLabel = throughputLabel
        self.scale = scale
    }

    /// Floating-point operations, shown as GFLOP/s.
    public static let flops = WorkUnit(name: "flop", throughputLabel: "GFLOP/s", scale: 1e9)
    /// Bytes moved, shown as GB/s.
    public static let bytes = WorkUnit(name: "byte", throughputLabel: "GB/s", scale: 1e9)
    /// Stencil point updates, shown as GStencil/s.
    public static let stencilUpdates = WorkUnit(name: "stencil point update", throughputLabel: "GStencil/s", scale: 1e9)
}
