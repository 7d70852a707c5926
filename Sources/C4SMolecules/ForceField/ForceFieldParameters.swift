/// An atom type of a force field: its name (e.g. `protein-CT`), class (e.g. `CT`), element and mass.
public struct AtomType: Sendable, Equatable {
    /// Type name, unique in the force field.
    public let name: String
    /// Atom class; parameter definitions may refer to all types of a class.
    public let atomClass: String
    /// Element symbol (e.g. `C`).
    public let element: String
    /// Mass in dalton.
    public let mass: Double
}

/// Harmonic bond parameters: E = ½ k (r − r₀)², with r₀ in Å and k in kcal/(mol·Å²).
public struct BondType: Sendable, Equatable {
    /// The two atom positions the definition accepts (in either order).
    public let types: [AtomTypePattern]
    /// Equilibrium length r₀ in Å.
    public let length: Double
    /// Force constant k in kcal/(mol·Å²).
    public let k: Double

    /// Whether the definition applies to a bond between atom types `a` and `b`.
    public func matches(_ a: String, _ b: String) -> Bool {
        (types[0].matches(a) && types[1].matches(b)) || (types[0].matches(b) && types[1].matches(a))
    }
}

/// Harmonic angle parameters: E = ½ k (θ − θ₀)², with θ₀ in radians and k in kcal/(mol·rad²).
public struct AngleType: Sendable, Equatable {
    /// The three atom positions the definition accepts (end atoms in either order).
    public let types: [AtomTypePattern]
    /// Equilibrium angle θ₀ in radians.
    public let angle: Double
    /// Force constant k in kcal/(mol·rad²).
    public let k: Double

    /// Whether the definition applies to the angle a–b–c (b the vertex).
    public func matches(_ a: String, _ b: String, _ c: String) -> Bool {
        types[1].matches(b) && ((types[0].matches(a) && types[2].matches(c)) || (types[0].matches(c) && types[2].matches(a)))
    }
}

/// One cosine term of a periodic torsion: E = k (1 + cos(n φ − φ₀)).
public struct TorsionTerm: Sendable, Equatable {
    /// Periodicity n.
    public let periodicity: Int
    /// Phase φ₀ in radians.
    public let phase: Double
    /// Barrier k in kcal/mol.
    public let k: Double
}

/// A proper or improper periodic torsion definition: four atom-type patterns and its cosine terms.
public struct TorsionType: Sendable, Equatable {
    /// The four atom positions. For impropers the first is the central atom.
    public let types: [AtomTypePattern]
    /// The cosine terms, in file order.
    public let terms: [TorsionTerm]

    /// Whether any position is the wildcard.
    public var hasWildcard: Bool { types.contains(where: \.isWildcard) }
}

/// Lennard-Jones parameters of an atom type: σ in Å, ε in kcal/mol.
public struct LennardJonesType: Sendable, Equatable {
    /// σ in Å.
    public let sigma: Double
    /// Well depth ε in kcal/mol.
    public let epsilon: Double
}

/// How OpenMM orders the atoms of an improper torsion matched through wildcards (the
/// `ordering` attribute of `PeriodicTorsionForce`).
public enum ImproperOrdering: String, Sendable, Equatable {
    /// OpenMM's default: the two outer atoms ordered by element (carbon first, then lighter last)
    /// and index.
    case `default`
    /// AMBER's (tleap's) rule: outer atoms ordered by residue index and then template atom index.
    case amber
}
