import C4SLearn
import Foundation

/// Langevin dynamics (NVT) by the BAOAB splitting of Leimkuhler and Matthews (2013): half a kick
/// (B), half a drift (A), the exact Ornstein–Uhlenbeck velocity update (O), half a drift, new forces,
/// half a kick. Samples positions of a harmonic system exactly (⟨x²⟩ = k_B T / k at any stable step)
/// and configurations of anharmonic ones with an error of second order in the step.
///
/// O: v ← c₁ v + √((1 − c₁²) k_B T / m) ξ with c₁ = exp(−γ Δt), ξ ~ N(0, 1) from a seeded generator;
/// with `removesCentreOfMassMotion` (default) the centre-of-mass velocity is then subtracted, as
/// OpenMM's CMMotionRemover does, so the temperature counts 3N − 3 degrees of freedom.
public struct LangevinBAOAB: MDIntegrator {
    public let timeStep: Double
    /// Friction γ in 1/ps.
    public let friction: Double
    /// Bath temperature in K.
    public let temperature: Double
    /// Mass of each atom in u.
    public let masses: [Double]
    /// Whether the centre-of-mass velocity is removed after every O step.
    public let removesCentreOfMassMotion: Bool
    private let accelerationScale: [Double]
    /// √((1 − c₁²) k_B T / m) in Å/fs for each atom.
    private let noiseScale: [Double]
    private let c1: Double
    private var normal: NormalRandom

    /// An integrator with step `timeStep` fs, friction `friction` 1/ps and bath temperature
    /// `temperature` K for atoms of `masses` u, its noise drawn from `seed`.
    /// - Precondition: timeStep > 0, friction ≥ 0, temperature ≥ 0, masses positive.
    public init(timeStep: Double, friction: Double, temperature: Double, masses: [Double], seed: UInt64,
                removesCentreOfMassMotion: Bool = true) {
        precondition(timeStep > 0 && friction >= 0 && temperature >= 0 && masses.allSatisfy { $0 > 0 },
                     "LangevinBAOAB: timeStep > 0, friction >= 0, temperature >= 0 and masses > 0")
        self.timeStep = timeStep
        self.friction = friction
        self.temperature = temperature
        self.masses = masses
        self.removesCentreOfMassMotion = removesCentreOfMassMotion
        accelerationScale = masses.map { MDUnits.accelerationPerForcePerMass / $0 }
        let c1 = exp(-friction * timeStep / MDUnits.femtosecondsPerPicosecond)
        self.c1 = c1
        noiseScale = masses.map { ((1 - c1 * c1) * MDUnits.boltzmann * temperature / $0 * MDUnits.accelerationPerForcePerMass).squareRoot() }
        normal = NormalRandom(seed: seed)
    }

    /// 3N − 3 with the centre-of-mass motion removed, 3N without.
    public var degreesOfFreedom: Int {
        removesCentreOfMassMotion ? Self.degreesOfFreedomWithoutTranslation(atoms: masses.count) : 3 * masses.count
    }

    /// One BAOAB step of `timeStep`; one potential evaluation.
    public mutating func advance(_ state: inout MDState, potential: some MDPotential) throws {
        precondition(state.positions.count == masses.count, "LangevinBAOAB: one mass per atom")
        let half = 0.5 * timeStep
        var next = state
        var generator = normal
        for i in masses.indices {
            next.velocities[i] += half * accelerationScale[i] * next.forces[i]
            next.positions[i] += half * next.velocities[i]
            let noise = SIMD3(generator.next(), generator.next(), generator.next())
            next.velocities[i] = c1 * next.velocities[i] + noiseScale[i] * noise
        }
        if removesCentreOfMassMotion { MaxwellBoltzmann.removeCentreOfMassVelocity(&next.velocities, masses: masses) }
        for i in masses.indices { next.positions[i] += half * next.velocities[i] }
        next.completeStep(with: try potential.energyAndForces(next.positions), accelerationScale: accelerationScale, timeStep: timeStep)
        state = next
        normal = generator
    }
}
