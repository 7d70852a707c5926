/// The velocity Verlet integrator (NVE; Swope, Andersen, Berens, Wilson 1982): half a kick, a drift,
/// new forces, half a kick. Time-reversible and symplectic: the total energy fluctuates but does
/// not drift for a small enough step. Keeps the total momentum (zero after `MaxwellBoltzmann`).
public struct VelocityVerlet: MDIntegrator {
    public let timeStep: Double
    /// Mass of each atom in u.
    public let masses: [Double]
    /// Å/fs² per kcal/(mol·Å) of each atom: 4.184e-4 / m.
    private let accelerationScale: [Double]

    /// An integrator with step `timeStep` fs for atoms of `masses` u.
    /// - Precondition: timeStep > 0, masses positive.
    public init(timeStep: Double, masses: [Double]) {
        precondition(timeStep > 0 && masses.allSatisfy { $0 > 0 }, "VelocityVerlet: timeStep > 0 and masses > 0")
        self.timeStep = timeStep
        self.masses = masses
        accelerationScale = masses.map { MDUnits.accelerationPerForcePerMass / $0 }
    }

    /// 3N − 3.
    public var degreesOfFreedom: Int { Self.degreesOfFreedomWithoutTranslation(atoms: masses.count) }

    /// One velocity Verlet step of `timeStep`; one potential evaluation.
    public mutating func advance(_ state: inout MDState, potential: some MDPotential) throws {
        precondition(state.positions.count == masses.count, "VelocityVerlet: one mass per atom")
        let half = 0.5 * timeStep
        var next = state
        for i in masses.indices {
            next.velocities[i] += half * accelerationScale[i] * next.forces[i]
            next.positions[i] += timeStep * next.velocities[i]
        }
        next.completeStep(with: try potential.energyAndForces(next.positions), accelerationScale: accelerationScale, timeStep: timeStep)
        state = next
    }
}
