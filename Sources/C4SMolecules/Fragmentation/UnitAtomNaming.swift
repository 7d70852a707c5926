import C4SIO

/// Names the atoms of a unit the way the ff14SB templates do, so a force field can match it.
enum UnitAtomNaming {
    /// Atom records of `unit` in its order (members, then caps). Residues the unit holds whole
    /// keep their names; a residue cut at CA becomes the unit's ACE (CA → CH3, its hydrogens
    /// HH31…HH33, C, O) or NME (N, H, CA → CH3, hydrogens HH31…HH33); the cap on a proline N is H.
    static func records(of unit: ProteinUnit, chain: ProteinChain, atoms: [AtomRecord]) -> [AtomRecord] {
        let members = Set(unit.members)
        var role: [Int: String] = [:]
        for residue in chain.residues where !residue.span.atoms.allSatisfy(members.contains) {
            let cutRole = residue.index["C"].map(members.contains) == true ? "ACE" : "NME"
            for i in residue.span.atoms { role[i] = cutRole }
        }
        var methylHydrogens: [Int: Int] = [:]
        func methylHydrogen(_ atom: Int) -> String {
            let key = atoms[atom].residueNumber
            methylHydrogens[key, default: 0] += 1
            return "HH3\(methylHydrogens[key]!)"
        }
        func renamed(_ i: Int, name: String, element: String) -> AtomRecord {
            let atom = atoms[i]
            return AtomRecord(name: name, residueName: role[i] ?? atom.residueName, residueNumber: atom.residueNumber,
                              chain: atom.chain, element: element)
        }
        var records: [AtomRecord] = unit.members.map { i in
            guard role[i] != nil else { return atoms[i] }
            let name = switch atoms[i].name {
            case "CA": "CH3"
            case "HA", "HA2", "HA3": methylHydrogen(i)
            default: atoms[i].name
            }
            return renamed(i, name: name, element: atoms[i].element)
        }
        for cap in unit.caps {
            records.append(renamed(cap.kept, name: atoms[cap.kept].name == "N" ? "H" : methylHydrogen(cap.kept), element: "H"))
        }
        return records
    }
}
