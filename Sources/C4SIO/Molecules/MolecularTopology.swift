/// The atoms and bonds of a molecular system without positions, as a topology file (PSF, AMBER
/// prmtop) gives them.
public struct MolecularTopology: Sendable, Equatable {
    /// The atoms in file order.
    public let atoms: [AtomRecord]
    /// Covalent bonds as pairs of 0-based atom indices.
    public let bonds: [AtomPair]
    /// Where the topology came from (file name).
    public let source: String

    /// Creates a topology. - Precondition: every bond names two atoms of `atoms`.
    public init(atoms: [AtomRecord], bonds: [AtomPair], source: String) {
        precondition(bonds.allSatisfy { atoms.indices.contains($0.first) && atoms.indices.contains($0.second) },
                     "MolecularTopology: bonds name atoms by index")
        self.atoms = atoms
        self.bonds = bonds
        self.source = source
    }
}
