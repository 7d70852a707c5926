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
        precondition(degreesOfFreedom > 0, "MDObservables: degrees of freedom must be positive")
        temperature = 2 * kineticEnergy / (Double(degreesOfFreedom) * MDUnits.boltzmann)
    }

    /// Potential plus kinetic energy in kcal/mol (conserved by NVE dynamics).
    public var totalEnergy: Double { potentialEnergy + kineticEnergy }
}
