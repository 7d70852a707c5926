/// The 2-D systems the DiG jobs know, by id.
public enum EquilibriumSystems {
    /// Ids accepted by `system(_:)`, in menu order.
    public static let ids = ["muller-brown", "gaussian-mixture"]

    /// The system with this id (`ids`), or nil.
    public static func system(_ id: String) -> (any EquilibriumSystem)? {
        switch id {
        case "muller-brown": MullerBrownPotential()
        case "gaussian-mixture": GaussianMixture2D()
        default: nil
        }
    }
}
