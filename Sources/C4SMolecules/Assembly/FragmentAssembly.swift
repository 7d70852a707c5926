import C4SCore

/// Whole-protein energy and forces from a unit engine, assembled the AI²BMD way:
/// E = Σ_i E(dipeptide_i) − Σ_j E(ACE-NME_j) + E_MM,nb.
///
/// The force on each cap hydrogen is carried to the two atoms that place it through the chain rule
/// of its placement (`CapHydrogen.carry`), so the assembled forces are the exact negative gradient of
/// the assembled energy (AI²BMD drops them).
public struct FragmentAssembly: Sendable {
    /// The units.
    public let fragmentation: ProteinFragmentation
    /// The E_MM,nb term.
    public let coupling: NonbondedCoupling

    /// An assembly of `fragmentation` with E_MM,nb from `parameters` (charges e, σ Å, ε kcal/mol).
    /// - Precondition: `parameters` has one entry per structure atom.
    public init(fragmentation: ProteinFragmentation, parameters: NonbondedParameters) {
        self.fragmentation = fragmentation
        coupling = NonbondedCoupling(fragmentation: fragmentation, parameters: parameters)
    }

    /// The geometries of every unit at `positions` (ångström), in unit order.
    public func geometries(_ positions: [SIMD3<Double>]) -> [UnitGeometry] {
        fragmentation.units.indices.map { fragmentation.geometry(ofUnit: $0, positions: positions) }
    }

    /// Assembled energy (kcal/mol) and forces (kcal/mol/Å) at `positions` (ångström) with
    /// `engine`; `progress` receives the number of units finished and may throw to stop.
    /// Throws the engine's errors.
    /// - Precondition: one position per structure atom.
    public func evaluate(_ positions: [SIMD3<Double>], engine: some UnitEngine,
                         progress: @escaping @Sendable (Int) throws -> Void = { _ in }) throws -> AssembledEvaluation {
        let start = ContinuousClock.now
        let results = try engine.evaluate(geometries(positions), progress: progress)
        var (energy, forces) = coupling.energyAndForces(positions)
        let couplingEnergy = energy
        for (unit, result) in zip(fragmentation.units, results) {
            let sign = unit.kind.sign
            energy += sign * result.energy
            for (k, i) in unit.members.enumerated() { forces[i] += sign * result.forces[k] }
            for (c, cap) in unit.caps.enumerated() {
                let carried = cap.carry(sign * result.forces[unit.members.count + c], positions: positions)
                forces[cap.kept] += carried.kept
                forces[cap.removed] += carried.removed
            }
        }
        return AssembledEvaluation(energy: energy, forces: forces, couplingEnergy: couplingEnergy,
                                   units: results, seconds: WallClock.seconds(since: start))
    }
}
