/// Which part of a training set a conformation belongs to. The split is by conformation: each
/// conformation of a unit kind is in exactly one part. Stored as int32 (the raw value).
public enum UnitDatasetSplit: Int, Sendable, CaseIterable, Hashable {
    /// Fitted by the optimiser.
    case train = 0
    /// Watched during training (early stopping, model choice).
    case validation = 1
    /// Held out for the final accuracy figures.
    case test = 2

    /// Lower-case name, e.g. `validation`.
    public var name: String { String(describing: self) }
}

/// How a conformation of a training set was made. Stored as int32 (the raw value).
public enum ConformationOrigin: Int, Sendable, CaseIterable, Hashable {
    /// The unit as it is in the source protein structure, unchanged.
    case source = 0
    /// The source geometry with backbone (φ, ψ) and side-chain (χ) dihedrals rotated.
    case dihedralScan = 1
    /// A snapshot of short high-temperature Langevin MD on the force-field surface of the unit.
    case hotMD = 2
    /// A high-temperature MD snapshot with random Gaussian displacements of every atom.
    case displacement = 3
    /// A unit cut out of a frame of protein MD on another surface (e.g. the ML potential's own
    /// dynamics): an active-learning candidate, labelled from a candidate file.
    case mdFrame = 4

    /// Name as used in reports and on the command line, e.g. `hot-md`.
    public var name: String {
        switch self {
        case .source: "source"
        case .dihedralScan: "dihedral"
        case .hotMD: "hot-md"
        case .displacement: "displacement"
        case .mdFrame: "md-frame"
        }
    }
}
