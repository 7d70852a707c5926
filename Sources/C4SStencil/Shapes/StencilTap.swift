/// One non-zero weight of a kernel: offsets from the updated point (in points, per axis) and the weight.
public struct StencilTap: Sendable, Equatable {
    /// Offset along z (0 for 1-D and 2-D kernels).
    public let dz: Int
    /// Offset along y (0 for 1-D kernels).
    public let dy: Int
    /// Offset along x (the fastest axis).
    public let dx: Int
    /// The weight (dimensionless).
    public let weight: Double

    /// Creates a tap.
    public init(dz: Int, dy: Int, dx: Int, weight: Double) {
        self.dz = dz
        self.dy = dy
        self.dx = dx
        self.weight = weight
    }
}
