/// Labelled conformations of one molecule (a protein unit kind) for training or testing an
/// `MLUnitPotential`: energies in kcal/mol, positions in Å, forces in kcal/mol/Å.
public struct MLConformationSet: Sendable {
    /// Name for reports (e.g. `ACE-ALA-NME`).
    public let label: String
    /// Index into `AEVParameters.elements` of each atom.
    public let species: [Int]
    /// Positions, one array (one entry per atom) per conformation.
    public let positions: [[SIMD3<Double>]]
    /// Reference energy of each conformation.
    public let energies: [Double]
    /// Reference forces, one array per conformation.
    public let forces: [[SIMD3<Double>]]
    /// Split of each conformation.
    public let split: [UnitDatasetSplit]

    /// A set from its parts.
    /// - Throws: `MLPotentialError` naming `label` when an element is not one of H, C, N, O, S or the
    ///   arrays disagree in length.
    public init(label: String, elements: [String], positions: [[SIMD3<Double>]], energies: [Double],
                forces: [[SIMD3<Double>]], split: [UnitDatasetSplit]) throws {
        self.label = label
        species = try MLPotentialError.species(of: elements, in: label)
        let m = positions.count, n = elements.count
        guard energies.count == m, forces.count == m, split.count == m,
              positions.allSatisfy({ $0.count == n }), forces.allSatisfy({ $0.count == n }) else {
            throw MLPotentialError(reason: "\(label): \(m) conformations of \(n) atoms need as many energies, force arrays and split labels, each array one entry per atom")
        }
        self.positions = positions
        self.energies = energies
        self.forces = forces
        self.split = split
    }

    /// The training-data set `set` (its kind's label, elements and conformations).
    /// - Throws: `MLPotentialError` when an atom is not H, C, N, O or S.
    public init(_ set: UnitConformationSet) throws {
        try self.init(label: set.kind.label, elements: set.elements, positions: set.positions, energies: set.energies,
                      forces: set.forces, split: set.split)
    }

    /// Indices of the conformations in `split`.
    public func indices(in split: UnitDatasetSplit) -> [Int] {
        self.split.indices.filter { self.split[$0] == split }
    }
}
