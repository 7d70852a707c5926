import C4SIO
import Foundation

/// Real geometries of each unit kind, cut out of protein structures: the starting points of the
/// conformations of a training set.
public struct UnitSourceLibrary: Sendable {
    /// The source geometries of one unit kind, all with the same atoms in the same order.
    public struct Sources: Sendable {
        /// The unit kind.
        public let kind: UnitKind
        /// The unit's atoms (names as ff14SB's ACE-X-NME templates, residues numbered 1, 2, … in
        /// chain order, no chain identifier).
        public let atoms: [AtomRecord]
        /// Net charge in elementary charges.
        public let charge: Int
        /// Positions in ångström of each source, indexed like `atoms`.
        public let positions: [[SIMD3<Double>]]
        /// Where each source comes from (`trpcage.pdb unit 5 ACE-TRP-NME (TRP 6)`).
        public let labels: [String]
    }

    /// The sources of each kind found.
    public let sources: [UnitKind: Sources]

    /// Cuts the capped ff14SB structures `capped` (e.g. chig.pdb, trpcage.pdb, abd.pdb; first
    /// model) into units, takes ACE-MET-NME and ACE-CYS-NME windows (see `CappedResidueWindow`)
    /// from the CHARMM-named structures `charmm` (e.g. adk_open.pdb), and cystine pairs (two
    /// ACE-CYX-NME windows joined by their disulfide bond) from every model of the structures
    /// `disulfide` (e.g. the NMR ensemble nmr_neopetrosiamide.pdb). Keeps at most `maximum` sources
    /// per kind, spread evenly over those found. The cystine pairs of `capped` are not collected.
    /// - Throws: the reader's error naming a file that is missing or malformed;
    ///   `FragmentationError` for a capped structure the scheme cannot cut.
    /// - Precondition: `maximum >= 1`.
    public init(capped: [URL], charmm: [URL], disulfide: [URL] = [], maximum: Int) throws {
        precondition(maximum >= 1, "UnitSourceLibrary: at least one source per kind")
        var found: [UnitKind: [(geometry: UnitGeometry, label: String)]] = [:]
        for url in capped {
            let structure = MolecularStructure(frames: try PDBFrameReader.read(from: url))
            let fragmentation = try ProteinFragmentation(structure)
            for (u, unit) in fragmentation.units.enumerated() where unit.kind != .cystinePair {
                let geometry = fragmentation.geometry(ofUnit: u, positions: structure.positions)
                found[unit.kind, default: []].append((geometry, "\(url.lastPathComponent) \(geometry.label)"))
            }
        }
        for url in charmm {
            let structure = MolecularStructure(frames: try PDBFrameReader.read(from: url))
            for r in structure.residues.indices {
                guard let window = CappedResidueWindow.structure(around: r, of: structure),
                      let fragmentation = try? ProteinFragmentation(window) else { continue }
                let geometry = fragmentation.geometry(ofUnit: 0, positions: window.positions)
                let residue = structure.residues[r]
                found[fragmentation.units[0].kind, default: []].append((geometry, "\(url.lastPathComponent) \(residue.name) \(residue.number)"))
            }
        }
        for url in disulfide {
            let frames = try PDBFrameReader.read(from: url)
            for model in frames.frames.indices {
                for pair in CappedResidueWindow.cystinePairs(of: MolecularStructure(frames: frames, frame: model)) {
                    let geometry = UnitGeometry(label: pair.source, atoms: pair.atoms, positions: pair.positions, charge: 0)
                    found[.cystinePair, default: []].append((geometry, "\(url.lastPathComponent) model \(model + 1) \(pair.source)"))
                }
            }
        }
        var sources: [UnitKind: Sources] = [:]
        for (kind, all) in found {
            let reference = Self.renumbered(all[0].geometry.atoms)
            var positions: [[SIMD3<Double>]] = [], labels: [String] = []
            for (geometry, label) in all {
                guard let order = Self.order(of: Self.renumbered(geometry.atoms), matching: reference), geometry.charge == all[0].geometry.charge else { continue }
                positions.append(order.map { geometry.positions[$0] })
                labels.append(label)
            }
            let chosen = Self.spread(count: positions.count, maximum: maximum)
            sources[kind] = Sources(kind: kind, atoms: reference, charge: all[0].geometry.charge,
                                    positions: chosen.map { positions[$0] }, labels: chosen.map { labels[$0] })
        }
        self.sources = sources
    }

    /// `atoms` with residues numbered 1, 2, … in ascending order of their numbers, no chain or
    /// other topology fields, and the methyl hydrogens of an ACE named HH31…HH33 as the
    /// fragmentation names a cut residue's (a structure's real ACE cap names them H1…H3), so a unit
    /// next to a real cap matches the same unit cut out of the middle of a chain.
    static func renumbered(_ atoms: [AtomRecord]) -> [AtomRecord] {
        let numbers = Set(atoms.map(\.residueNumber)).sorted()
        return atoms.map { a in
            let name = a.residueName == "ACE" ? aceMethylHydrogens[a.name] ?? a.name : a.name
            return AtomRecord(name: name, residueName: a.residueName, residueNumber: numbers.firstIndex(of: a.residueNumber)! + 1,
                              chain: "", element: a.element)
        }
    }

    /// The PDB names of a real ACE cap's methyl hydrogens (H1…H3) and the template names (HH31…HH33) the fragmentation gives them.
    private static let aceMethylHydrogens = ["H1": "HH31", "H2": "HH32", "H3": "HH33"]

    /// For each atom of `reference`, the index of the atom of `atoms` with the same residue
    /// number, residue name, name and element; nil when the two are not the same set of atoms.
    static func order(of atoms: [AtomRecord], matching reference: [AtomRecord]) -> [Int]? {
        guard atoms.count == reference.count else { return nil }
        let key = { (a: AtomRecord) in "\(a.residueNumber)|\(a.residueName)|\(a.name)|\(a.element)" }
        var index: [String: Int] = [:]
        for (i, a) in atoms.enumerated() { index[key(a)] = i }
        let order = reference.compactMap { index[key($0)] }
        return order.count == reference.count && Set(order).count == order.count ? order : nil
    }

    /// At most `maximum` indices of `0..<count`, evenly spread, ascending.
    static func spread(count: Int, maximum: Int) -> [Int] {
        guard count > maximum else { return Array(0..<count) }
        return (0..<maximum).map { $0 * count / maximum }
    }
}
