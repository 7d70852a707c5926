/// What lies beyond the grid's edges.
public enum StencilBoundary: Sendable, Equatable, CustomStringConvertible {
    /// Points outside the grid hold this fixed value at every step (a halo that is never updated).
    case dirichlet(Double)
    /// The grid wraps around on every axis (a torus).
    case periodic

    /// `dirichlet(v)` or `periodic`.
    public var description: String {
        switch self {
        case .dirichlet(let v): "dirichlet(\(v))"
        case .periodic: "periodic"
        }
    }
}
