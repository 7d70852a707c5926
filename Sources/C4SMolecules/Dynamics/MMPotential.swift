/// Classical force-field energy and forces (an `MMSystem`, e.g. ff14SB in vacuum) as an MD potential.
public struct MMPotential: MDPotential {
    public let name = "mm"
    /// The force-field model.
    public let system: MMSystem
    /// Threads of the non-bonded pair sum.
    public let threads: Int

    /// Wraps `system`, its pair sum on `threads` threads. - Precondition: threads ≥ 1.
    public init(system: MMSystem, threads: Int = 1) {
        precondition(threads >= 1, "MMPotential: threads must be at least 1")
        self.system = system
        self.threads = threads
    }

    /// Number of atoms of the system.
    public var atomCount: Int { system.atomCount }

    /// Total force-field energy (kcal/mol) and forces (kcal/(mol·Å)) at `positions` (Å).
    /// - Precondition: one position per atom.
    public func energyAndForces(_ positions: [SIMD3<Double>]) -> PotentialEvaluation {
        let evaluation = system.energyAndForces(positions, threads: threads)
        return PotentialEvaluation(energy: evaluation.total, forces: evaluation.forces)
    }
}
