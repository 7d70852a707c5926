/// A protein's energy and forces assembled from its units with a unit engine (AI²BMD:
/// Σ E(dipeptide) − Σ E(ACE-NME) + E_MM,nb, see `FragmentAssembly`) as an MD potential.
public struct AssembledPotential: MDPotential {
    /// The fragmentation and the E_MM,nb coupling.
    public let assembly: FragmentAssembly
    /// The engine that evaluates every unit (GFN2-xTB, a force field, a machine-learned potential).
    public let engine: any UnitEngine

    /// Assembles with `engine`.
    public init(assembly: FragmentAssembly, engine: any UnitEngine) {
        self.assembly = assembly
        self.engine = engine
    }

    /// The engine's name (e.g. `xtb`).
    public var name: String { engine.name }
    /// Number of atoms of the protein.
    public var atomCount: Int { assembly.fragmentation.atomCount }

    /// Assembled energy (kcal/mol) and forces (kcal/(mol·Å), the exact negative gradient) at
    /// `positions` (Å). Throws the engine's errors. - Precondition: one position per atom.
    public func energyAndForces(_ positions: [SIMD3<Double>]) throws -> PotentialEvaluation {
        let evaluation = try assembly.evaluate(positions, engine: engine)
        return PotentialEvaluation(energy: evaluation.energy, forces: evaluation.forces)
    }
}
