import C4SIO

/// Labelled conformations of one unit kind: the same atoms in `count` geometries, each with its
/// reference energy and forces, its split and its origin.
public struct UnitConformationSet: Sendable, Equatable {
    /// Which unit kind the conformations are of.
    public let kind: UnitKind
    /// The unit's atoms as `UnitGeometryBuilder`/`ProteinFragmentation` make them (members, then
    /// cap hydrogens, named as ff14SB's ACE-X-NME templates name them); elements are H, C, N, O, S.
    /// A file keeps each atom's name, residue name, residue number and element (no chain or other fields).
    public let atoms: [AtomRecord]
    /// Net charge of the unit in elementary charges.
    public let charge: Int
    /// Positions in ångström: one array of `atoms.count` positions per conformation.
    public var positions: [[SIMD3<Double>]]
    /// Reference total energy of each conformation in kcal/mol (absolute, e.g. the GFN2-xTB total
    /// energy converted from hartree).
    public var energies: [Double]
    /// Reference forces in kcal/mol/Å (negative energy gradient): one array per conformation.
    public var forces: [[SIMD3<Double>]]
    /// The split of each conformation.
    public var split: [UnitDatasetSplit]
    /// How each conformation was made.
    public var origin: [ConformationOrigin]
    /// Index of each conformation in the generator's deterministic list of candidates (ascending);
    /// a resumed generation continues after the largest. Candidates a labelling engine failed on
    /// are missing.
    public var candidateIndex: [Int]

    /// Creates a set. `candidateIndex` defaults to `0..<count`.
    /// - Precondition: one energy, force array, split, origin (and candidate index) per
    ///   conformation; every position and force array has one entry per atom.
    public init(kind: UnitKind, atoms: [AtomRecord], charge: Int, positions: [[SIMD3<Double>]], energies: [Double],
                forces: [[SIMD3<Double>]], split: [UnitDatasetSplit], origin: [ConformationOrigin], candidateIndex: [Int]? = nil) {
        let m = positions.count
        precondition(energies.count == m && forces.count == m && split.count == m && origin.count == m
                     && (candidateIndex?.count ?? m) == m, "UnitConformationSet: one energy, force array, split and origin per conformation")
        precondition(positions.allSatisfy { $0.count == atoms.count } && forces.allSatisfy { $0.count == atoms.count },
                     "UnitConformationSet: one position and one force per atom in every conformation")
        self.kind = kind
        self.atoms = atoms
        self.charge = charge
        self.positions = positions
        self.energies = energies
        self.forces = forces
        self.split = split
        self.origin = origin
        self.candidateIndex = candidateIndex ?? Array(0..<m)
    }

    /// An empty set of `kind` with `atoms` and `charge`.
    public init(kind: UnitKind, atoms: [AtomRecord], charge: Int) {
        self.init(kind: kind, atoms: atoms, charge: charge, positions: [], energies: [], forces: [], split: [], origin: [])
    }

    /// Number of conformations.
    public var count: Int { positions.count }

    /// Element symbol of each atom.
    public var elements: [String] { atoms.map(\.element) }

    /// Indices of the conformations in `part`, ascending.
    public func indices(in part: UnitDatasetSplit) -> [Int] {
        split.indices.filter { split[$0] == part }
    }

    /// The conformations at `indices`, in that order, as a set of the same kind.
    public func subset(_ indices: [Int]) -> UnitConformationSet {
        UnitConformationSet(kind: kind, atoms: atoms, charge: charge, positions: indices.map { positions[$0] },
                            energies: indices.map { energies[$0] }, forces: indices.map { forces[$0] },
                            split: indices.map { split[$0] }, origin: indices.map { origin[$0] },
                            candidateIndex: indices.map { candidateIndex[$0] })
    }

    /// The conformations in `part`.
    public func subset(_ part: UnitDatasetSplit) -> UnitConformationSet { subset(indices(in: part)) }

    /// Conformation `index` as a geometry a unit engine evaluates.
    public func geometry(_ index: Int) -> UnitGeometry {
        UnitGeometry(label: "\(kind.label) conformation \(candidateIndex[index])", atoms: atoms, positions: positions[index], charge: charge)
    }

    /// Appends one labelled conformation.
    /// - Precondition: one position and one force per atom.
    public mutating func append(positions p: [SIMD3<Double>], energy: Double, forces f: [SIMD3<Double>],
                                split s: UnitDatasetSplit, origin o: ConformationOrigin, candidateIndex c: Int) {
        precondition(p.count == atoms.count && f.count == atoms.count, "UnitConformationSet.append: one position and force per atom")
        positions.append(p)
        energies.append(energy)
        forces.append(f)
        split.append(s)
        origin.append(o)
        candidateIndex.append(c)
    }
}
