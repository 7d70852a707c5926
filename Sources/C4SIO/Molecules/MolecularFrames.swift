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
    /// The periodic cell of each frame, when the file records one (DCD unit cell, H5MD box).
    public let cells: [UnitCell]?
    /// Per-frame quantities the file records besides positions (H5MD observables such as energies).
    public let observables: [TrajectoryObservable]
    /// Covalent bonds as pairs of atom indices (from a topology such as PSF); empty when unknown.
    public let bonds: [AtomPair]
    /// What the reader had to decide or skip (alternate locations chosen, a truncated last frame,
    /// a header frame count that disagrees with the file size), one sentence each.
    public let notes: [String]

    /// Creates frames. - Precondition: every frame holds `3 × atoms.count` values; `cells`, when
    /// given, has one cell per frame; every bond names two atoms.
    public init(atoms: [AtomRecord], frames: [[Double]], times: [Double]?, source: String,
                cells: [UnitCell]? = nil, observables: [TrajectoryObservable] = [], bonds: [AtomPair] = [],
                notes: [String] = []) {
        precondition(frames.allSatisfy { $0.count == 3 * atoms.count }, "MolecularFrames: every frame needs 3 values per atom")
        precondition(cells == nil || cells?.count == frames.count, "MolecularFrames: one cell per frame")
        precondition(bonds.allSatisfy { atoms.indices.contains($0.first) && atoms.indices.contains($0.second) },
                     "MolecularFrames: bonds name atoms by index")
        self.atoms = atoms
        self.frames = frames
        self.times = times
        self.source = source
        self.cells = cells
        self.observables = observables
        self.bonds = bonds
        self.notes = notes
    }

    /// The same frames with the atoms (names, topology) and bonds of `topology`, e.g. a DCD's
    /// positions with its PSF. - Precondition: `topology.atoms.count == atoms.count`.
    public func withTopology(_ topology: MolecularTopology) -> MolecularFrames {
        precondition(topology.atoms.count == atoms.count, "MolecularFrames.withTopology: atom counts differ")
        return MolecularFrames(atoms: topology.atoms, frames: frames, times: times, source: source, cells: cells,
                               observables: observables, bonds: topology.bonds, notes: notes)
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

extension MolecularFrames {
    /// The atoms and bonds without positions.
    public var topology: MolecularTopology {
        MolecularTopology(atoms: atoms, bonds: bonds, source: source)
    }
}
