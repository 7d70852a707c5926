import C4SIO

/// An ACE-X-NME structure cut out of a protein that is not capped or not named as ff14SB names
/// it (e.g. CHARMM-named adenylate kinase): residue X whole, residue X − 1 reduced to an acetyl
/// (its CA becomes CH3, C and O kept) and residue X + 1 to an N-methylamide (N, its H, CA as CH3).
/// Each bond of the kept CA atoms (and of a proline N) to a dropped atom becomes a hydrogen on the
/// old bond at 1.09 Å (C–H) or 1.01 Å (N–H), as the fragmentation caps cut bonds.
enum CappedResidueWindow {
    /// CHARMM atom names that ff14SB spells differently, for the residues this builder accepts.
    private static let charmmNames: [String: [String: String]] = [
        "MET": ["HN": "H", "HB1": "HB2", "HB2": "HB3", "HG1": "HG2", "HG2": "HG3"],
        "CYS": ["HN": "H", "HB1": "HB2", "HB2": "HB3", "HG1": "HG"],
    ]

    /// Residue names (CHARMM spelling equal to ff14SB's) this builder converts.
    static var residueNames: [String] { charmmNames.keys.sorted() }

    /// The three-residue structure ACE (1), X (2), NME (3) around residue `index` of `structure`,
    /// or nil when residue X is not one of `residueNames`, has no neighbour on either side, or a
    /// kept atom does not have the expected bonded neighbours (found by distance: < 1.75 Å to a
    /// heavy atom, < 1.25 Å to a hydrogen).
    static func structure(around index: Int, of structure: MolecularStructure) -> MolecularStructure? {
        let residues = structure.residues
        guard index > 0, index + 1 < residues.count, let names = charmmNames[residues[index].name] else { return nil }
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
        add("CH3", "ACE", 1, "C", x[ca0])
        for (k, j) in aceOthers.enumerated() { add("HH3\(k + 1)", "ACE", 1, "H", hydrogen(on: ca0, towards: j, length: 1.09)) }
        add("C", "ACE", 1, "C", x[c0])
        add("O", "ACE", 1, "O", x[o0])
        for i in centre.atoms { add(names[atoms[i].name] ?? atoms[i].name, centre.name, 2, atoms[i].element, x[i]) }
        // NME from residue X + 1: N with its hydrogen (a proline's CD bond becomes one), CA with its
        // three other neighbours as hydrogens.
        guard let n2 = named(next, "N"), let ca2 = named(next, "CA") else { return nil }
        let nOthers = bonded(n2, in: next).filter { $0 != ca2 }
        guard nOthers.count == 1 else { return nil }
        let caOthers = bonded(ca2, in: next).filter { $0 != n2 }
        guard caOthers.count == 3 else { return nil }
        add("N", "NME", 3, "N", x[n2])
        add("H", "NME", 3, "H", atoms[nOthers[0]].element == "H" ? x[nOthers[0]] : hydrogen(on: n2, towards: nOthers[0], length: 1.01))
        add("CH3", "NME", 3, "C", x[ca2])
        for (k, j) in caOthers.enumerated() { add("HH3\(k + 1)", "NME", 3, "H", hydrogen(on: ca2, towards: j, length: 1.09)) }
        return MolecularStructure(atoms: records, positions: positions, source: "\(structure.source) \(centre.name) \(centre.number)")
    }
}
