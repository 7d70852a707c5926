/// A unit engine run on the whole protein at once (e.g. GFN2-xTB of all atoms, the reference the
/// assembled energy approximates) as an MD potential.
public struct WholeMoleculePotential: MDPotential {
    /// The protein's atoms and net charge.
    public let fragmentation: ProteinFragmentation
    /// The engine evaluating the whole protein as one geometry.
    public let engine: any UnitEngine

    /// Evaluates the protein of `fragmentation` whole with `engine`.
    public init(fragmentation: ProteinFragmentation, engine: any UnitEngine) {
        self.fragmentation = fragmentation
        self.engine = engine
    }

    /// The engine's name followed by `-whole` (e.g. `xtb-whole`).
    public var name: String { engine.name + "-whole" }
    /// Number of atoms of the protein.
    public var atomCount: Int { fragmentation.atomCount }

    /// Energy (kcal/mol) and forces (kcal/(mol·Å)) of the whole protein at `positions` (Å), with
    /// its net charge. Throws the engine's errors. - Precondition: one position per atom.
    public func energyAndForces(_ positions: [SIMD3<Double>]) throws -> PotentialEvaluation {
        let result = try engine.evaluate([fragmentation.wholeGeometry(positions: positions)])[0]
        return PotentialEvaluation(energy: result.energy, forces: result.forces)
    }
}
