/// Energy and forces of a whole protein assembled from its units.
public struct AssembledEvaluation: Sendable {
    /// E = Σ E(dipeptide) − Σ E(ACE-NME) + E_MM,nb in kcal/mol.
    public let energy: Double
    /// Force on each structure atom in kcal/mol/Å: the exact negative gradient of `energy`.
    public let forces: [SIMD3<Double>]
    /// E_MM,nb in kcal/mol.
    public let couplingEnergy: Double
    /// The engine's result for each unit, indexed like the fragmentation's units.
    public let units: [UnitEvaluation]
    /// Wall-clock seconds of the whole evaluation.
    public let seconds: Double
}
