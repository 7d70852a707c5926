/// One atom of a structure: names as the file gives them.
public struct AtomRecord: Sendable, Equatable {
    /// Atom name (e.g. `CA`).
    public let name: String
    /// Residue name (e.g. `ALA`); empty when the file has none.
    public let residueName: String
    /// Residue number; 0 when the file has none.
    public let residueNumber: Int
    /// Chain identifier; empty when the file has none.
    public let chain: String
    /// Element symbol (e.g. `C`), from the element column or inferred from the atom name; `X` if unknown.
    public let element: String

    /// Creates an atom record.
    public init(name: String, residueName: String, residueNumber: Int, chain: String, element: String) {
        self.name = name
        self.residueName = residueName
        self.residueNumber = residueNumber
        self.chain = chain
        self.element = element
    }
}

/// Atoms and their positions over a sequence of frames (an NMR ensemble, an MD trajectory).
public struct MolecularFrames: Sendable, Equatable {
    /// The atoms, in file order.
    public let atoms: [AtomRecord]
    /// Positions in ångström, one array per frame, `atoms.count` × 3 values each (x, y, z per atom).
    public let frames: [[Double]]
    /// Time of each frame in ps, when the file records it.
    public let times: [Double]?
    /// Where the frames came from (file name).
    public let source: String

    /// Creates frames. - Precondition: every frame holds `3 × atoms.count` values.
    public init(atoms: [AtomRecord], frames: [[Double]], times: [Double]?, source: String) {
        precondition(frames.allSatisfy { $0.count == 3 * atoms.count }, "MolecularFrames: every frame needs 3 values per atom")
        self.atoms = atoms
        self.frames = frames
        self.times = times
        self.source = source
    }

    /// Root-mean-square deviation in ångström of frame `i` from frame `j` after removing each
    /// frame's centroid (no rotational fit).
    public func centredRMSD(_ i: Int, _ j: Int) -> Double {
        let n = atoms.count
        guard n > 0 else { return 0 }
        func centroid(_ f: [Double]) -> (Double, Double, Double) {
            var c = (0.0, 0.0, 0.0)
            for a in 0..<n { c.0 += f[3 * a]; c.1 += f[3 * a + 1]; c.2 += f[3 * a + 2] }
            return (c.0 / Double(n), c.1 / Double(n), c.2 / Double(n))
        }
        let (a, b) = (frames[i], frames[j])
        let (ca, cb) = (centroid(a), centroid(b))
        var sum = 0.0
        for k in 0..<n {
            let dx = (a[3 * k] - ca.0) - (b[3 * k] - cb.0)
            let dy = (a[3 * k + 1] - ca.1) - (b[3 * k + 1] - cb.1)
            let dz = (a[3 * k + 2] - ca.2) - (b[3 * k + 2] - cb.2)
            sum += dx * dx + dy * dy + dz * dz
        }
        return (sum / Double(n)).squareRoot()
    }
}
