/// A residue template of a force field: its atoms with types and charges, its internal bonds and the
/// atoms that bond to neighbouring residues.
public struct ResidueTemplate: Sendable {
    /// One atom of the template.
    public struct Atom: Sendable, Equatable {
        /// Atom name (e.g. `CA`, `HH31`).
        public let name: String
        /// Atom type name (e.g. `protein-CX`).
        public let type: String
        /// Partial charge in elementary charges.
        public let charge: Double
    }

    /// Template name (e.g. `ALA`, `NALA`, `CALA`, `ACE`, `HIE`).
    public let name: String
    /// The atoms, in template order (the order AMBER's improper-ordering rule uses).
    public let atoms: [Atom]
    /// Internal bonds as pairs of indices into `atoms`.
    public let bonds: [(Int, Int)]
    /// Indices into `atoms` of the atoms with a bond to another residue (e.g. `N` and `C`).
    public let externalBonds: [Int]

    /// Index of the atom named `name`, if the template has one.
    public func atomIndex(named name: String) -> Int? {
        atoms.firstIndex { $0.name == name }
    }
}
