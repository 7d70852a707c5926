/// A potential energy surface molecular dynamics runs on: the energy and the force on every atom at
/// one set of positions. Molecular mechanics, a unit engine assembled over a protein's units, or a
/// unit engine on the whole molecule (`MMPotential`, `AssembledPotential`, `WholeMoleculePotential`);
/// a machine-learned potential plugs in the same way.
public protocol MDPotential: Sendable {
    /// Short name of the method (e.g. `mm`, `xtb`, `xtb-whole`).
    var name: String { get }
    /// Number of atoms the potential describes.
    var atomCount: Int { get }

    /// Potential energy (kcal/mol) and forces (kcal/(mol·Å), the negative gradient of the energy)
    /// at `positions` (Å). Throws the engine's errors (e.g. a failed xtb run).
    /// - Precondition: `positions.count == atomCount`.
    func energyAndForces(_ positions: [SIMD3<Double>]) throws -> PotentialEvaluation
}
