/// The initial values of a generated stencil grid.
public enum GridPattern: String, Sendable, CaseIterable, Codable {
    /// Independent uniform values in [0, 1) from a seeded generator.
    case random
    /// exp(-r²/(2σ²)) around the grid centre with σ = 1/8 of the smallest side (in points).
    case gaussian
    /// Alternating tiles of 0 and 1, 8 points on a side.
    case checkerboard
}
