/// A molecular dynamics run: a potential, an integrator and the current state, advanced step by step
/// with every `recordEvery`-th state handed to a recorder.
public struct MDSimulation: Sendable {
    /// The potential energy surface.
    public let potential: any MDPotential
    /// The time-stepping scheme (its random state advances with the run).
    public private(set) var integrator: any MDIntegrator
    /// Mass of each atom in u.
    public let masses: [Double]
    /// The current state.
    public private(set) var state: MDState

    /// A run starting at `positions` (Å) with `velocities` (Å/fs); evaluates the forces there.
    /// Throws the potential's errors.
    /// - Precondition: one position, velocity and mass per atom of the potential; the integrator
    ///   was made for the same masses.
    public init(potential: any MDPotential, integrator: any MDIntegrator, masses: [Double],
                positions: [SIMD3<Double>], velocities: [SIMD3<Double>]) throws {
        precondition(masses.count == potential.atomCount, "MDSimulation: one mass per atom")
        self.potential = potential
        self.integrator = integrator
        self.masses = masses
        state = try MDState(positions: positions, velocities: velocities, potential: potential)
    }

    /// The observables of the current state.
    public var observables: MDObservables {
        MDObservables(state, masses: masses, degreesOfFreedom: integrator.degreesOfFreedom)
    }

    /// Advances up to `steps` steps. Before the first step (when the state is at step 0) and after
    /// every step whose number is a multiple of `recordEvery`, calls `record` with the state and its
    /// observables. `shouldStop` is asked before each step; the run ends early when it says true.
    /// Returns the number of steps taken. Throws the potential's or `record`'s errors; the state is
    /// then the last complete step.
    /// - Precondition: steps ≥ 0, recordEvery ≥ 1.
    @discardableResult
    public mutating func run(steps: Int, recordEvery: Int, shouldStop: () -> Bool = { false },
                             record: (MDState, MDObservables) throws -> Void) throws -> Int {
        precondition(steps >= 0 && recordEvery >= 1, "MDSimulation.run: steps >= 0 and recordEvery >= 1")
        if state.step == 0 { try record(state, observables) }
        for taken in 0..<steps {
            if shouldStop() { return taken }
            try integrator.advance(&state, potential: potential)
            if state.step % recordEvery == 0 { try record(state, observables) }
        }
        return steps
    }
}
