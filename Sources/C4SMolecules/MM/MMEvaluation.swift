/// Energy and forces of an `MMSystem` at one set of positions. Energies are in kcal/mol, forces in
/// kcal/(mol·Å), one per atom.
public struct MMEvaluation: Sendable, Equatable {
    /// Harmonic bond energy.
    public var bond = 0.0
    /// Harmonic angle energy.
    public var angle = 0.0
    /// Proper periodic torsion energy.
    public var properTorsion = 0.0
    /// Improper periodic torsion energy.
    public var improperTorsion = 0.0
    /// Lennard-Jones energy of the pairs more than three bonds apart.
    public var lennardJones = 0.0
    /// Coulomb energy of the pairs more than three bonds apart.
    public var coulomb = 0.0
    /// Scaled Lennard-Jones energy of the 1-4 pairs (three bonds apart).
    public var lennardJones14 = 0.0
    /// Scaled Coulomb energy of the 1-4 pairs.
    public var coulomb14 = 0.0
    /// Force on each atom (the negative gradient of `total`) in kcal/(mol·Å).
    public var forces: [SIMD3<Double>]

    /// Zero energies and zero forces on `atomCount` atoms.
    public init(atomCount: Int) {
        forces = Array(repeating: .zero, count: atomCount)
    }

    /// Total potential energy in kcal/mol: the sum of every term.
    public var total: Double { terms.reduce(0) { $0 + $1.energy } }

    /// The energy terms in a fixed order with short names (`bond`, `angle`, `proper_torsion`,
    /// `improper_torsion`, `lennard_jones`, `coulomb`, `lennard_jones_14`, `coulomb_14`), in kcal/mol.
    public var terms: [(name: String, energy: Double)] {
        [("bond", bond), ("angle", angle), ("proper_torsion", properTorsion), ("improper_torsion", improperTorsion),
         ("lennard_jones", lennardJones), ("coulomb", coulomb), ("lennard_jones_14", lennardJones14), ("coulomb_14", coulomb14)]
    }

    /// Root mean square of the force vectors' lengths in kcal/(mol·Å); 0 for no atoms.
    public var forceRMS: Double {
        forces.isEmpty ? 0 : (forces.reduce(0) { $0 + ($1 * $1).sum() } / Double(forces.count)).squareRoot()
    }
}
