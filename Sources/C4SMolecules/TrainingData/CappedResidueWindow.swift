import C4SIO

/// An ACE-X-NME structure cut out of a protein that is not capped or not named as ff14SB names
/// it (e.g. CHARMM-named adenylate kinase, an NMR ensemble): residue X whole, residue X − 1 reduced
/// to an acetyl (its CA becomes CH3, C and O kept) and residue X + 1 to an N-methylamide (N, its H,
/// CA as CH3). Each bond of the kept CA atoms (and of a proline N) to a dropped atom becomes a
/// hydrogen on the old bond at 1.09 Å (C–H) or 1.01 Å (N–H), as the fragmentation caps cut bonds.
/// Two such windows around cysteines joined by a disulfide bond make a cystine-pair unit.
enum CappedResidueWindow {
    /// CHARMM atom names that ff14SB spells differently, for the residues this builder accepts
    /// (a residue with HB1 is taken as CHARMM-named, else as named like ff14SB).
    private static let charmmNames: [String: [String: String]] = [
        "MET": ["HN": "H", "HB1": "HB2", "HB2": "HB3", "HG1": "HG2", "HG2": "HG3"],
        "CYS": ["HN": "H", "HB1": "HB2", "HB2": "HB3", "HG1": "HG"],
    ]

    /// Residue names this builder converts.
    static var residueNames: [String] { charmmNames.keys.sorted() }

    /// Largest SG–SG distance in Å taken as a disulfide bond (as `TemplateAssignment` takes it).
    static let disulfideCutoff = 2.5

    /// The three-residue structure ACE (1), X (2), NME (3) around residue `index` of `structure`,
    /// or nil when residue X is not one of `residueNames`, has no neighbour on either side, or a
    /// kept atom does not have the expected bonded neighbours (found by distance: < 1.75 Å to a
    /// heavy atom, < 1.25 Å to a hydrogen).
    static func structure(around index: Int, of structure: MolecularStructure) -> MolecularStructure? {
        guard let (atoms, positions) = window(around: index, of: structure, first: 1, name: structure.residues[index].name) else { return nil }
        let centre = structure.residues[index]
        return MolecularStructure(atoms: atoms, positions: positions, source: "\(structure.source) \(centre.name) \(centre.number)")
    }

    /// The cystine-pair units of `structure`: for each two cysteines whose SG atoms lie within
    /// `disulfideCutoff` and that are at least three residues apart, the windows ACE (1), CYX (2),
    /// NME (3) and ACE (4), CYX (5), NME (6) as one structure (net charge 0; its source names the
    /// pair, `CYS 7-CYS 12`). Pairs without
    /// neighbours on both sides of both cysteines are left out.
    static func cystinePairs(of structure: MolecularStructure) -> [MolecularStructure] {
        let residues = structure.residues
        let sulfur = residues.indices.compactMap { r -> (residue: Int, atom: Int)? in
            guard residues[r].name == "CYS" || residues[r].name == "CYX" else { return nil }
            return residues[r].atoms.first { structure.atoms[$0].name == "SG" }.map { (r, $0) }
        }
        var pairs: [MolecularStructure] = []
        for (i, a) in sulfur.enumerated() {
            for b in sulfur[(i + 1)...] where b.residue - a.residue >= 3 {
                let d = structure.positions[a.atom] - structure.positions[b.atom]
                guard (d * d).sum() <= disulfideCutoff * disulfideCutoff,
                      let first = window(around: a.residue, of: structure, first: 1, name: "CYX"),
                      let second = window(around: b.residue, of: structure, first: 4, name: "CYX") else { continue }
                pairs.append(MolecularStructure(atoms: first.atoms + second.atoms, positions: first.positions + second.positions,
                                                source: "CYS \(residues[a.residue].number)-CYS \(residues[b.residue].number)"))
            }
        }
        return pairs
    }

    /// The atoms (residues numbered `first`, `first` + 1, `first` + 2; the middle one named `name`)
    /// and positions of the window around residue `index`, or nil (see `structure(around:of:)`).
    private static func window(around index: Int, of structure: MolecularStructure, first: Int, name: String)
        -> (atoms: [AtomRecord], positions: [SIMD3<Double>])? {
        let residues = structure.residues
        guard index > 0, index + 1 < residues.count, let charmm = charmmNames[residues[index].name] else { return nil }
        let names = residues[index].atoms.contains { structure.atoms[$0].name == "HB1" } ? charmm : [:]
        let previous = residues[index - 1], centre = residues[index], next = residues[index + 1]
        guard previous.chain == centre.chain, next.chain == centre.chain else { return nil }
        let atoms = structure.atoms, x = structure.positions
        func named(_ span: ResidueSpan, _ name: String) -> Int? { span.atoms.first { atoms[$0].name == name } }
        func bonded(_ atom: Int, in span: ResidueSpan) -> [Int] {
            span.atoms.filter { j in
                guard j != atom else { return false }
                let d = x[j] - x[atom], limit = atoms[j].element == "H" || atoms[atom].element == "H" ? 1.25 : 1.75
                return (d * d).sum() < limit * limit
            }
        }
        func hydrogen(on atom: Int, towards other: Int, length: Double) -> SIMD3<Double> {
            let u = x[other] - x[atom]
            return x[atom] + u * (length / (u * u).sum().squareRoot())
        }
        var records: [AtomRecord] = [], positions: [SIMD3<Double>] = []
        func add(_ name: String, _ residue: String, _ number: Int, _ element: String, _ p: SIMD3<Double>) {
            records.append(AtomRecord(name: name, residueName: residue, residueNumber: number, chain: "", element: element))
            positions.append(p)
        }
        // ACE from residue X − 1: CA with its three other neighbours as hydrogens, then C and O.
        guard let ca0 = named(previous, "CA"), let c0 = named(previous, "C"), let o0 = named(previous, "O") else { return nil }
        let aceOthers = bonded(ca0, in: previous).filter { $0 != c0 }
        guard aceOthers.count == 3 else { return nil }
        add("CH3", "ACE", first, "C", x[ca0])
        for (k, j) in aceOthers.enumerated() { add("HH3\(k + 1)", "ACE", first, "H", hydrogen(on: ca0, towards: j, length: 1.09)) }
        add("C", "ACE", first, "C", x[c0])
        add("O", "ACE", first, "O", x[o0])
        for i in centre.atoms { add(names[atoms[i].name] ?? atoms[i].name, name, first + 1, atoms[i].element, x[i]) }
        // NME from residue X + 1: N with its hydrogen (a proline's CD bond becomes one), CA with its
        // three other neighbours as hydrogens.
        guard let n2 = named(next, "N"), let ca2 = named(next, "CA") else { return nil }
        let nOthers = bonded(n2, in: next).filter { $0 != ca2 }
        guard nOthers.count == 1 else { return nil }
        let caOthers = bonded(ca2, in: next).filter { $0 != n2 }
        guard caOthers.count == 3 else { return nil }
        add("N", "NME", first + 2, "N", x[n2])
        add("H", "NME", first + 2, "H", atoms[nOthers[0]].element == "H" ? x[nOthers[0]] : hydrogen(on: n2, towards: nOthers[0], length: 1.01))
        add("CH3", "NME", first + 2, "C", x[ca2])
        for (k, j) in caOthers.enumerated() { add("HH3\(k + 1)", "NME", first + 2, "H", hydrogen(on: ca2, towards: j, length: 1.09)) }
        return (records, positions)
    }
}
