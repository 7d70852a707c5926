/// A time-stepping scheme for molecular dynamics: advances an `MDState` by one step on a potential.
public protocol MDIntegrator: Sendable {
    /// Time step in fs.
    var timeStep: Double { get }
    /// Degrees of freedom the kinetic energy is shared among, for the temperature (3N − 3 when the
    /// scheme keeps the total momentum at zero).
    var degreesOfFreedom: Int { get }

    /// Advances `state` by one step of `timeStep`: positions, velocities, forces, potential energy,
    /// step and time. Throws the potential's errors; `state` is then unchanged.
    /// - Precondition: the state and the potential have as many atoms as the integrator's masses.
    mutating func advance(_ state: inout MDState, potential: some MDPotential) throws
}

extension MDIntegrator {
    /// 3 × atoms − 3: the translation of the centre of mass is removed.
    static func degreesOfFreedomWithoutTranslation(atoms: Int) -> Int { max(3 * atoms - 3, 1) }
}
