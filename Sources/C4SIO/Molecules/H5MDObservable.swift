/// The scalar observables the H5MD writer records under `/observables/<name>`, with their units.
public enum H5MDObservable: String, Sendable, CaseIterable, Hashable {
    /// Potential energy, kcal/mol.
    case potentialEnergy = "potential_energy"
    /// Kinetic energy, kcal/mol.
    case kineticEnergy = "kinetic_energy"
    /// Total energy (potential + kinetic), kcal/mol.
    case totalEnergy = "total_energy"
    /// Instantaneous temperature, K.
    case temperature

    /// The H5MD `unit` attribute (unit symbols separated by blanks, powers as suffixes).
    public var unit: String {
        self == .temperature ? "K" : "kcal mol-1"
    }
}
