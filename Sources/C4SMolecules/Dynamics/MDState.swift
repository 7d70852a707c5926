/// The instantaneous state of an MD run: positions, velocities, the forces and potential energy at
/// the positions, the step count and the time.
public struct MDState: Sendable {
    /// Position of each atom in Å.
    public var positions: [SIMD3<Double>]
    /// Velocity of each atom in Å/fs.
    public var velocities: [SIMD3<Double>]
    /// Force on each atom at `positions` in kcal/(mol·Å).
    public var forces: [SIMD3<Double>]
    /// Potential energy at `positions` in kcal/mol.
    public var potentialEnergy: Double
    /// Steps taken so far.
    public var step: Int
    /// Simulated time in fs.
    public var time: Double

    /// The state at `positions` with `velocities`, step 0 and time 0, forces and energy evaluated by
    /// `potential`. Throws the potential's errors.
    /// - Precondition: one position and one velocity per atom of the potential.
    public init(positions: [SIMD3<Double>], velocities: [SIMD3<Double>], potential: some MDPotential) throws {
        precondition(positions.count == potential.atomCount && velocities.count == positions.count,
                     "MDState: one position and one velocity per atom")
        let evaluation = try potential.energyAndForces(positions)
        self.positions = positions
        self.velocities = velocities
        forces = evaluation.forces
        potentialEnergy = evaluation.energy
        step = 0
        time = 0
    }

    /// Kinetic energy Σ ½ m v² in kcal/mol for `masses` in u. - Precondition: one mass per atom.
    public func kineticEnergy(masses: [Double]) -> Double {
        precondition(masses.count == velocities.count, "MDState.kineticEnergy: one mass per atom")
        var sum = 0.0
        for (m, v) in zip(masses, velocities) { sum += m * (v * v).sum() }
        return 0.5 * sum * MDUnits.kcalPerMolPerMassVelocitySquared
    }

    /// Instantaneous temperature 2 K / (f k_B) in K for `masses` in u and f = `degreesOfFreedom`
    /// (3N − 3 when the centre-of-mass motion is removed). - Precondition: degreesOfFreedom > 0.
    public func temperature(masses: [Double], degreesOfFreedom: Int) -> Double {
        precondition(degreesOfFreedom > 0, "MDState.temperature: degrees of freedom must be positive")
        return 2 * kineticEnergy(masses: masses) / (Double(degreesOfFreedom) * MDUnits.boltzmann)
    }

    /// The closing half kick of a step with the forces at the new positions, and the step's
    /// bookkeeping (forces, energy, step, time), shared by the integrators.
    /// - Parameters: `accelerationScale` per atom in (Å/fs²)/(kcal/(mol·Å)); `timeStep` in fs.
    /// - Precondition: one force and one scale per atom.
    mutating func completeStep(with evaluation: PotentialEvaluation, accelerationScale: [Double], timeStep: Double) {
        let half = 0.5 * timeStep
        for i in velocities.indices { velocities[i] += half * accelerationScale[i] * evaluation.forces[i] }
        forces = evaluation.forces
        potentialEnergy = evaluation.energy
        step += 1
        time += timeStep
    }
}
