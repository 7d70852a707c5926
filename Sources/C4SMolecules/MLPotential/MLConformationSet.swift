/// Which part of a data set a conformation belongs to.
public enum MLSplit: Int, Sendable, CaseIterable {
    /// Fitted on.
    case train = 0
    /// Watched for early stopping.
    case validation = 1
    /// Held out for the reported accuracy.
    case test = 2
}

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
    public let split: [MLSplit]

    /// A set from its parts.
    /// - Throws: `MLPotentialError` naming `label` when an element is not one of H, C, N, O, S or the
    ///   arrays disagree in length.
    public init(label: String, elements: [String], positions: [[SIMD3<Double>]], energies: [Double],
                forces: [[SIMD3<Double>]], split: [MLSplit]) throws {
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

    /// Indices of the conformations in `split`.
    public func indices(in split: MLSplit) -> [Int] {
        self.split.indices.filter { self.split[$0] == split }
    }
}
