/// Which atom types one position of a force-field parameter definition accepts: any type (the
/// empty-string wildcard of OpenMM's XML) or a set of type names (one `typeN` or every type of a
/// `classN`).
public enum AtomTypePattern: Sendable, Equatable {
    /// The wildcard: every atom type.
    case any
    /// Exactly these atom type names.
    case types(Set<String>)

    /// Whether the pattern accepts atom type `type`.
    public func matches(_ type: String) -> Bool {
        switch self {
        case .any: true
        case .types(let names): names.contains(type)
        }
    }

    /// Whether this is the wildcard (OpenMM prefers definitions without wildcards).
    public var isWildcard: Bool { self == .any }
}
