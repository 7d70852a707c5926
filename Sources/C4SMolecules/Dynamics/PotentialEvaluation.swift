/// What an `MDPotential` returns for one set of positions.
public struct PotentialEvaluation: Sendable, Equatable {
    /// Potential energy in kcal/mol.
    public var energy: Double
    /// Force on each atom in kcal/(mol·Å), indexed like the positions.
    public var forces: [SIMD3<Double>]

    /// Creates an evaluation.
    public init(energy: Double, forces: [SIMD3<Double>]) {
        self.energy = energy
        self.forces = forces
    }
}
