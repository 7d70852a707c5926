import C4SIO

/// One residue of a structure: a run of consecutive atoms sharing chain, residue number and name.
public struct ResidueSpan: Sendable, Equatable {
    /// Residue name as the file gives it (e.g. `ALA`, `ACE`, `NME`).
    public let name: String
    /// Residue number as the file gives it.
    public let number: Int
    /// Chain identifier; empty when the file has none.
    public let chain: String
    /// Indices of the residue's atoms in the structure, in file order.
    public let atoms: Range<Int>

    /// Creates a residue span.
    public init(name: String, number: Int, chain: String, atoms: Range<Int>) {
        self.name = name
        self.number = number
        self.chain = chain
        self.atoms = atoms
    }
}

/// Atoms with one set of positions, grouped into residues: the input of force fields,
/// fragmentation and unit engines.
public struct MolecularStructure: Sendable, Equatable {
    /// The atoms, in file order.
    public let atoms: [AtomRecord]
    /// Position of each atom in ångström, indexed like `atoms`.
    public var positions: [SIMD3<Double>]
    /// The residues, in file order; together they cover every atom once.
    public let residues: [ResidueSpan]
    /// Where the structure came from (file name).
    public let source: String

    /// Creates a structure; residues are consecutive atoms with equal chain, residue number and
    /// residue name. - Precondition: one position per atom.
    public init(atoms: [AtomRecord], positions: [SIMD3<Double>], source: String) {
        precondition(atoms.count == positions.count, "MolecularStructure: one position per atom")
        self.atoms = atoms
        self.positions = positions
        self.source = source
        var residues: [ResidueSpan] = []
        var start = 0
        for i in atoms.indices where i + 1 == atoms.count || !Self.sameResidue(atoms[i], atoms[i + 1]) {
            let a = atoms[start]
            residues.append(ResidueSpan(name: a.residueName, number: a.residueNumber, chain: a.chain, atoms: start..<(i + 1)))
            start = i + 1
        }
        self.residues = residues
    }

    /// The structure of frame `frame` of `frames`. - Precondition: `frame` is a valid frame index.
    public init(frames: MolecularFrames, frame: Int = 0) {
        let f = frames.frames[frame]
        let positions = (0..<frames.atoms.count).map { SIMD3(f[3 * $0], f[3 * $0 + 1], f[3 * $0 + 2]) }
        self.init(atoms: frames.atoms, positions: positions, source: frames.source)
    }

    private static func sameResidue(_ a: AtomRecord, _ b: AtomRecord) -> Bool {
        a.chain == b.chain && a.residueNumber == b.residueNumber && a.residueName == b.residueName
    }
}
