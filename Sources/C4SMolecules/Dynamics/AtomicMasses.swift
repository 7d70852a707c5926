extension MMSystem {
    /// Mass of every atom in u (g/mol), from its force-field atom type (ff14SB gives the standard
    /// atomic weights: H 1.008, C 12.01, N 14.01, O 16.00, S 32.06).
    /// - Precondition: `forceField` is the force field the system was built with.
    public func masses(in forceField: AmberForceField) -> [Double] {
        atomTypes.map { type in
            guard let atomType = forceField.atomTypes[type] else {
                preconditionFailure("MMSystem.masses: atom type \(type) is not in \(forceField.source)")
            }
            return atomType.mass
        }
    }
}
