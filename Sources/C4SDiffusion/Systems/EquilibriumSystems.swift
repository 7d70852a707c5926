import Foundation

/// The 2-D systems the DiG jobs know, by id.
public enum EquilibriumSystems {
    /// Ids accepted by `system(_:surface:)`, in menu order.
    public static let ids = ["muller-brown", "gaussian-mixture", "alanine-dipeptide"]

    /// Ids of the systems that need a `TorusEnergySurface` file.
    public static let surfaceIDs: Set<String> = ["alanine-dipeptide"]

    /// The system with this id (`ids`), or nil. A system in `surfaceIDs` reads its surface from
    /// `surface` (required for them, ignored otherwise).
    /// - Throws: the surface reader's error for a missing or malformed surface file.
    public static func system(_ id: String, surface: URL? = nil) throws -> (any EquilibriumSystem)? {
        switch id {
        case "muller-brown": return MullerBrownPotential()
        case "gaussian-mixture": return GaussianMixture2D()
        case "alanine-dipeptide":
            guard let surface else { return nil }
            return AlanineDipeptideTorus(surface: try TorusEnergySurface(reading: surface))
        default: return nil
        }
    }
}
