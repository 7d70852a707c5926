import Foundation
import Testing
@testable import C4SMolecules

/// The unit conversion, velocity Verlet and BAOAB on harmonic wells against their exact solutions.
@Suite struct MDIntegratorTests {
    /// AMBER/CHARMM's time unit √(u·Å²/(kcal/mol)) is 48.88821 fs, so 1 kcal/(mol·Å)/u = 1/48.88821² Å/fs².
    @Test func accelerationUnitMatchesTheAKMATimeUnit() {
        let akma = 48.88821
        #expect(abs(MDUnits.accelerationPerForcePerMass * akma * akma - 1) < 1e-6)
        #expect(abs(MDUnits.boltzmann - 0.0019872043) < 1e-9)
    }

    /// Velocity Verlet on x'' = −ω²x from rest at A gives x_n = A cos(n θ) with cos θ = 1 − (ω Δt)²/2
    /// exactly; θ → ω Δt as Δt → 0 (the analytic solution A cos(ω t)).
    @Test func velocityVerletFollowsTheExactDiscreteHarmonicSolution() throws {
        let mass = 12.0, k = 50.0, dt = 0.5, amplitude = 0.3
        let omega = (k * MDUnits.accelerationPerForcePerMass / mass).squareRoot()
        let potential = HarmonicWellPotential(springConstant: k, centres: [.zero])
        var simulation = try MDSimulation(potential: potential, integrator: VelocityVerlet(timeStep: dt, masses: [mass]),
                                          masses: [mass], positions: [SIMD3(amplitude, 0, 0)], velocities: [.zero])
        let theta = acos(1 - 0.5 * (omega * dt) * (omega * dt))
        var worstDiscrete = 0.0, worstAnalytic = 0.0
        try simulation.run(steps: 400, recordEvery: 1) { state, _ in
            let x = state.positions[0].x, n = Double(state.step)
            worstDiscrete = max(worstDiscrete, abs(x - amplitude * cos(n * theta)))
            worstAnalytic = max(worstAnalytic, abs(x - amplitude * cos(omega * state.time)))
        }
        #expect(worstDiscrete < 1e-12)
        // Phase error after 400 steps (≈ 2 periods): n (θ − ωΔt) ≈ n (ωΔt)³/24.
        #expect(worstAnalytic < amplitude * 400 * pow(omega * dt, 3) / 24 * 1.1)
        #expect(worstAnalytic > 0)
    }

    /// NVE: the total energy of the harmonic oscillator oscillates by O((ωΔt)²) and does not drift.
    @Test func velocityVerletConservesHarmonicEnergy() throws {
        let masses = [1.008, 12.011, 15.999]
        let potential = HarmonicWellPotential(springConstant: 300, centres: [.zero, SIMD3(2, 0, 0), SIMD3(0, 2, 0)])
        let velocities = MaxwellBoltzmann.velocities(masses: masses, temperature: 300, seed: 7)
        var simulation = try MDSimulation(potential: potential, integrator: VelocityVerlet(timeStep: 0.25, masses: masses),
                                          masses: masses, positions: potential.centres, velocities: velocities)
        let start = simulation.observables.totalEnergy
        var worst = 0.0
        try simulation.run(steps: 4000, recordEvery: 1) { _, o in worst = max(worst, abs(o.totalEnergy - start)) }
        #expect(worst < 0.02 * start)
    }

    /// BAOAB samples the configurations of a harmonic system exactly: ⟨x²⟩ = k_B T / k per
    /// component at any stable step; the kinetic temperature is T up to O((ωΔt)²).
    @Test func langevinBAOABSamplesTheHarmonicBoltzmannDistribution() throws {
        let atoms = 100, mass = 1.0, temperature = 300.0, dt = 2.0
        let omega = 0.1  // 1/fs: ωΔt = 0.2
        let k = omega * omega * mass / MDUnits.accelerationPerForcePerMass
        let potential = HarmonicWellPotential(springConstant: k, centres: Array(repeating: .zero, count: atoms))
        let masses = Array(repeating: mass, count: atoms)
        let integrator = LangevinBAOAB(timeStep: dt, friction: 50, temperature: temperature, masses: masses, seed: 11,
                                       removesCentreOfMassMotion: false)
        var simulation = try MDSimulation(potential: potential, integrator: integrator, masses: masses,
                                          positions: potential.centres,
                                          velocities: MaxwellBoltzmann.velocities(masses: masses, temperature: temperature, seed: 3))
        try simulation.run(steps: 500, recordEvery: 1_000) { _, _ in }
        var squares = 0.0, temperatures = 0.0, samples = 0
        try simulation.run(steps: 10_000, recordEvery: 1) { state, o in
            squares += state.positions.reduce(0) { $0 + ($1 * $1).sum() }
            temperatures += o.temperature
            samples += 1
        }
        let expected = MDUnits.boltzmann * temperature / k
        let meanSquare = squares / Double(samples * 3 * atoms)
        #expect(abs(meanSquare / expected - 1) < 0.02, "⟨x²⟩ = \(meanSquare) Å², k_B T/k = \(expected) Å²")
        #expect(abs(temperatures / Double(samples) / temperature - 1) < 0.03)
    }

    /// Maxwell–Boltzmann velocities carry no momentum and reproduce for a seed.
    @Test func maxwellBoltzmannVelocitiesHaveNoMomentumAndRepeat() {
        let masses = (0..<500).map { [1.008, 12.011, 14.007, 15.999][$0 % 4] }
        let v = MaxwellBoltzmann.velocities(masses: masses, temperature: 300, seed: 42)
        let momentum = zip(masses, v).reduce(SIMD3<Double>.zero) { $0 + $1.0 * $1.1 }
        #expect((momentum * momentum).sum().squareRoot() < 1e-12)
        #expect(v == MaxwellBoltzmann.velocities(masses: masses, temperature: 300, seed: 42))
        let state = try? MDState(positions: Array(repeating: .zero, count: masses.count), velocities: v,
                                 potential: HarmonicWellPotential(springConstant: 1, centres: Array(repeating: .zero, count: masses.count)))
        let t = state?.temperature(masses: masses, degreesOfFreedom: 3 * masses.count - 3) ?? 0
        #expect(abs(t / 300 - 1) < 0.1, "temperature of 500 atoms drawn at 300 K: \(t) K")
    }
}
