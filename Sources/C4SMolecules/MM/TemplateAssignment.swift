import Foundation

/// The force-field template of every residue of a structure, the template atom of every structure
/// atom, and the bonds (template bonds, peptide bonds between consecutive residues, disulfides).
///
/// Templates are chosen by residue name and atom names: the residue's own name and its standard
/// name in OpenMM's `pdbNames.xml` (`HSD` → HIS, `NMA` → NME), their N-terminal (`N` + name) and
/// C-terminal (`C` + name) forms, HIS as HID/HIE/HIP by which ring hydrogens are present, CYS as CYX
/// when its SG lies within 2.5 Å of another cysteine's SG. Atom names are taken as given, else as
/// their `pdbNames.xml` standard name (e.g. CHARMM's `HT1`, `HB1`, `OT2`), else as the usual cap and
/// terminus variants (`H1`-`H3` for a cap's `HH31`-`HH33`, `C`/`CA` for NME's `CH3`, `H` for an
/// N-terminal `H1`).
struct TemplateAssignment {
    /// Largest SG–SG distance in Å taken as a disulfide bond.
    static let disulfideCutoff = 2.5
    /// Largest C–N distance in Å taken as a peptide bond between consecutive residues.
    static let peptideBondCutoff = 2.0

    /// Residue-name variants: a name the files use → template base names to try.
    static let residueVariants: [String: [String]] = ["HIS": ["HID", "HIE", "HIP"]]
    /// Atom-name variants: a name the files use → template names tried when the template lacks it.
    static let atomVariants: [String: [String]] = [
        "H": ["H1"], "HN": ["H"], "H1": ["HH31"], "H2": ["HH32"], "H3": ["HH33"],
        "1H": ["H1", "HH31"], "2H": ["H2", "HH32"], "3H": ["H3", "HH33"],
        "1HH3": ["HH31"], "2HH3": ["HH32"], "3HH3": ["HH33"], "1HA": ["HH31"], "2HA": ["HH32"], "3HA": ["HH33"],
        "C": ["CH3"], "CA": ["CH3"], "CT": ["CH3"], "OT1": ["O"], "O1": ["O"], "OT2": ["OXT"], "O2": ["OXT"],
    ]

    /// The template of each residue, indexed like the structure's residues.
    let templates: [ResidueTemplate]
    /// For each atom, the index of its atom in its residue's template.
    let templateAtom: [Int]
    /// For each atom, the index of its residue.
    let residueOfAtom: [Int]
    /// Every bond as a pair of atom indices (template bonds, then inter-residue bonds).
    let bonds: [(Int, Int)]

    /// Assigns templates of `forceField` to `structure`.
    /// - Throws: `ForceFieldError` naming the residue when no template matches its atoms, or when a
    ///   peptide or disulfide bond its template needs is missing.
    init(structure: MolecularStructure, forceField: AmberForceField) throws {
        let disulfides = Self.disulfidePairs(structure)
        let bridged = Set(disulfides.flatMap { [$0.0, $0.1] })
        var templates: [ResidueTemplate] = []
        var templateAtom = [Int](repeating: 0, count: structure.atoms.count)
        var residueOfAtom = [Int](repeating: 0, count: structure.atoms.count)
        var bonds: [(Int, Int)] = []
        for (r, residue) in structure.residues.enumerated() {
            let standard = forceField.pdbNames.standardResidueName(residue.name)
            let alternatives = residue.atoms.map { structure.atoms[$0].name }.map { name in
                [name] + [forceField.pdbNames.standardAtomName(name, residue: standard)].compactMap { $0 }
            }
            let bases = Self.baseNames(residue.name, standard: standard, bridged: bridged.contains(r))
            let candidates = bases.flatMap { [$0, "N" + $0, "C" + $0] }.compactMap { forceField.templates[$0] }
            guard let (template, mapping) = candidates.lazy.compactMap({ t in Self.atomMapping(alternatives, t).map { (t, $0) } }).first else {
                throw ForceFieldError(Self.mismatchMessage(residue, alternatives: alternatives, candidates: candidates, source: structure.source))
            }
            templates.append(template)
            for (k, atom) in residue.atoms.enumerated() {
                templateAtom[atom] = mapping[k]
                residueOfAtom[atom] = r
            }
            let atomOfTemplateAtom = Dictionary(uniqueKeysWithValues: zip(mapping, residue.atoms))
            bonds += template.bonds.map { (atomOfTemplateAtom[$0.0]!, atomOfTemplateAtom[$0.1]!) }
        }
        var external: [(Int, Int)] = []
        for r in structure.residues.indices.dropFirst() where structure.residues[r - 1].chain == structure.residues[r].chain {
            if let c = Self.externalAtom("C", residue: r - 1, structure, templates, templateAtom),
               let n = Self.externalAtom("N", residue: r, structure, templates, templateAtom) {
                let d = ((structure.positions[c] - structure.positions[n]) * (structure.positions[c] - structure.positions[n])).sum().squareRoot()
                guard d <= Self.peptideBondCutoff else {
                    throw ForceFieldError("\(structure.source): residues \(Self.label(structure.residues[r - 1])) and \(Self.label(structure.residues[r])) are not bonded (C–N \(d.formatted2) Å > \(Self.peptideBondCutoff) Å); a chain break needs terminal residues (H1 H2 H3, OXT) or caps (ACE, NME)")
                }
                external.append((c, n))
            }
        }
        external += disulfides.map { pair in
            let sg = { (r: Int) in structure.residues[r].atoms.first { structure.atoms[$0].name == "SG" }! }
            return (sg(pair.0), sg(pair.1))
        }
        try Self.checkExternalBonds(external, structure: structure, templates: templates, templateAtom: templateAtom, residueOfAtom: residueOfAtom)
        self.templates = templates
        self.templateAtom = templateAtom
        self.residueOfAtom = residueOfAtom
        self.bonds = bonds + external
    }

    /// Template base names for a residue named `name` (standard name `standard`), before terminal
    /// forms are added.
    private static func baseNames(_ name: String, standard: String, bridged: Bool) -> [String] {
        if standard == "CYS" && (name == "CYS" || name == "CYX") { return [bridged ? "CYX" : "CYS"] }
        var bases = [name, standard] + (residueVariants[standard] ?? [])
        bases = bases.enumerated().filter { i, b in !bases[..<i].contains(b) }.map(\.element)
        return bases
    }

    /// Pairs of residue indices (CYS or CYX) whose SG atoms lie within `disulfideCutoff`.
    private static func disulfidePairs(_ structure: MolecularStructure) -> [(Int, Int)] {
        let sulfurs: [(residue: Int, atom: Int)] = structure.residues.enumerated().compactMap { r, residue in
            guard residue.name == "CYS" || residue.name == "CYX" else { return nil }
            return residue.atoms.first { structure.atoms[$0].name == "SG" }.map { (r, $0) }
        }
        var pairs: [(Int, Int)] = []
        for a in sulfurs.indices {
            for b in sulfurs.indices where b > a {
                let d = structure.positions[sulfurs[a].atom] - structure.positions[sulfurs[b].atom]
                if (d * d).sum() <= disulfideCutoff * disulfideCutoff { pairs.append((sulfurs[a].residue, sulfurs[b].residue)) }
            }
        }
        return pairs
    }

    /// For each atom (given as its name and standard name), the index of the template atom it is:
    /// the first of its names, then of their cap/terminus variants, that the template has; nil unless
    /// this is a one-to-one correspondence with the template's atoms.
    static func atomMapping(_ alternatives: [[String]], _ template: ResidueTemplate) -> [Int]? {
        guard alternatives.count == template.atoms.count else { return nil }
        var used = Set<Int>()
        var mapping: [Int] = []
        for names in alternatives {
            let tried = names + names.flatMap { atomVariants[$0] ?? [] }
            guard let i = tried.lazy.compactMap({ template.atomIndex(named: $0) }).first, used.insert(i).inserted else { return nil }
            mapping.append(i)
        }
        return mapping
    }

    /// The structure atom that is template external-bond atom `name` of residue `r`, if the
    /// residue's template bonds that atom to a neighbour.
    private static func externalAtom(_ name: String, residue r: Int, _ structure: MolecularStructure,
                                     _ templates: [ResidueTemplate], _ templateAtom: [Int]) -> Int? {
        let template = templates[r]
        guard let t = template.atomIndex(named: name), template.externalBonds.contains(t) else { return nil }
        return structure.residues[r].atoms.first { templateAtom[$0] == t }
    }

    /// Checks that every external-bond atom of every template has exactly one inter-residue bond.
    private static func checkExternalBonds(_ external: [(Int, Int)], structure: MolecularStructure, templates: [ResidueTemplate],
                                           templateAtom: [Int], residueOfAtom: [Int]) throws {
        var count: [Int: Int] = [:]
        for (a, b) in external { count[a, default: 0] += 1; count[b, default: 0] += 1 }
        for (r, residue) in structure.residues.enumerated() {
            for atom in residue.atoms where templates[r].externalBonds.contains(templateAtom[atom]) && count[atom] != 1 {
                let name = structure.atoms[atom].name
                let hint = name == "SG" ? "a disulfide partner (another cysteine's SG within \(disulfideCutoff) Å)"
                    : "a bonded neighbour residue; end the chain with a cap (ACE, NME) or terminal atoms (H1 H2 H3, OXT)"
                throw ForceFieldError("\(structure.source): residue \(label(residue)) (template \(templates[r].name)): atom \(name) needs \(hint)")
            }
        }
    }

    private static func mismatchMessage(_ residue: ResidueSpan, alternatives: [[String]], candidates: [ResidueTemplate], source: String) -> String {
        guard !candidates.isEmpty else {
            return "\(source): residue \(label(residue)) has no force-field template (standard amino acids, their protonation variants, ACE and NME are known)"
        }
        let tried = alternatives.map { names in names + names.flatMap { atomVariants[$0] ?? [] } }
        func unknown(_ t: ResidueTemplate) -> [String] {
            let templateNames = Set(t.atoms.map(\.name))
            return zip(alternatives, tried).filter { !$0.1.contains(where: templateNames.contains) }.map { $0.0[0] }
        }
        func missing(_ t: ResidueTemplate) -> [String] {
            let given = Set(tried.joined())
            return t.atoms.map(\.name).filter { !given.contains($0) }
        }
        let closest = candidates.min { unknown($0).count + missing($0).count < unknown($1).count + missing($1).count }!
        return "\(source): residue \(label(residue)) matches no template (tried \(candidates.map(\.name).joined(separator: ", "))); "
            + "closest \(closest.name): missing atoms [\(missing(closest).joined(separator: " "))], unexpected atoms [\(unknown(closest).joined(separator: " "))]"
    }

    /// `NAME number` and the chain when there is one.
    static func label(_ residue: ResidueSpan) -> String {
        "\(residue.name) \(residue.number)" + (residue.chain.isEmpty ? "" : " chain \(residue.chain)")
    }
}

private extension Double {
    var formatted2: String { String(format: "%.2f", self) }
}
