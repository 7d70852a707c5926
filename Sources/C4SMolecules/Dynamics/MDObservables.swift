/// The scalar observables of one MD state.
public struct MDObservables: Sendable, Equatable {
    /// Potential energy in kcal/mol.
    public let potentialEnergy: Double
    /// Kinetic energy in kcal/mol.
    public let kineticEnergy: Double
    /// Instantaneous temperature in K.
    public let temperature: Double

    /// The observables of `state` for atoms of `masses` (u), the temperature over `degreesOfFreedom`.
    /// - Precondition: one mass per atom, degreesOfFreedom > 0.
    public init(_ state: MDState, masses: [Double], degreesOfFreedom: Int) {
        potentialEnergy = state.potentialEnergy
        kineticEnergy = state.kineticEnergy(masses: masses)
        temperature = state.temperature(masses: masses, degreesOfFreedom: degreesOfFreedom)
    }

    /// Potential plus kinetic energy in kcal/mol (conserved by NVE dynamics).
    public var totalEnergy: Double { potentialEnergy + kineticEnergy }
}
