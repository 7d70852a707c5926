/// A harmonic bond between atoms `a` and `b`: E = ½ k (r − r₀)², r₀ in Å, k in kcal/(mol·Å²).
public struct HarmonicBond: Sendable, Equatable {
    /// Atom indices.
    public let a: Int, b: Int
    /// Equilibrium length r₀ in Å.
    public let length: Double
    /// Force constant k in kcal/(mol·Å²).
    public let k: Double
}

/// A harmonic angle a–b–c (b the vertex): E = ½ k (θ − θ₀)², θ₀ in radians, k in kcal/(mol·rad²).
public struct HarmonicAngle: Sendable, Equatable {
    /// Atom indices; `b` is the vertex.
    public let a: Int, b: Int, c: Int
    /// Equilibrium angle θ₀ in radians.
    public let angle: Double
    /// Force constant k in kcal/(mol·rad²).
    public let k: Double
}

/// One periodic torsion term on the dihedral a–b–c–d: E = k (1 + cos(n φ − φ₀)), φ the IUPAC
/// dihedral angle in radians, k in kcal/mol. Impropers put their central atom third (AMBER).
public struct PeriodicTorsion: Sendable, Equatable {
    /// Atom indices, in dihedral order.
    public let a: Int, b: Int, c: Int, d: Int
    /// Periodicity n.
    public let periodicity: Int
    /// Phase φ₀ in radians.
    public let phase: Double
    /// Barrier k in kcal/mol.
    public let k: Double
}
