/// E_MM,nb of AI²BMD: Lennard-Jones plus Coulomb, unscaled and without cutoff, over every atom
/// pair that no protein unit holds together, plus a repulsive core below 1.2 Å for the pairs without
/// Lennard-Jones (`NonbondedCore`: ff14SB's bare hydroxyl protons would otherwise fall into acceptors
/// of other units; zero for pairs at least 1.2 Å apart). Evaluated by MMSystem's own pair sum, with
/// the pairs the units hold left out (stored per atom, so memory grows with those pairs, not with N²).
public struct NonbondedCoupling: Sendable {
    /// Per-atom charges (e), σ (Å) and ε (kcal/mol).
    public let parameters: NonbondedParameters
    private let pairSum: NonbondedForces
    private let core: NonbondedCore

    /// The coupling of the atoms of `fragmentation` with `parameters`.
    /// - Precondition: `parameters` has one entry per structure atom.
    public init(fragmentation: ProteinFragmentation, parameters: NonbondedParameters) {
        precondition(parameters.count == fragmentation.atomCount, "NonbondedCoupling: one parameter set per atom")
        self.parameters = parameters
        let n = fragmentation.atomCount, covered = fragmentation.coveredPairs
        pairSum = NonbondedForces(parameters, excluded: (0..<n).map { i in ((i + 1)..<n).filter { covered.contains(i, $0) } })
        core = NonbondedCore(parameters: parameters, covered: covered)
    }

    /// Energy in kcal/mol and force on each atom in kcal/mol/Å at `positions` (ångström).
    /// - Precondition: one position per atom, no two coupled atoms at the same place.
    public func energyAndForces(_ positions: [SIMD3<Double>]) -> (energy: Double, forces: [SIMD3<Double>]) {
        var forces = [SIMD3<Double>](repeating: .zero, count: positions.count)
        let energy = positions.withUnsafeBufferPointer { x in
            forces.withUnsafeMutableBufferPointer { f in pairSum.pairs(workers: 1, x, f) }
        }
        return (energy.lennardJones + energy.coulomb + core.add(positions, to: &forces), forces)
    }
}
