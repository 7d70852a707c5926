/// Resolves alternate locations in one PDB model: for each atom site (chain, residue, insertion
/// code, atom name) with several locations, keeps the one with the highest occupancy (the first
/// on ties) at the place of the site's first record; atoms without a location code are kept as
/// they are. Reports each residue that had alternate locations.
enum PDBAlternateLocations {
    /// The atoms kept, in order, and one note per residue with alternate locations.
    static func resolve(_ lines: [PDBAtomLine]) -> (kept: [PDBAtomLine], notes: [String]) {
        guard lines.contains(where: { $0.alternateLocation != " " }) else { return (lines, []) }
        var best: [String: Int] = [:]
        for (i, line) in lines.enumerated() where line.alternateLocation != " " {
            if let current = best[line.siteKey], lines[current].occupancy >= line.occupancy { continue }
            best[line.siteKey] = i
        }
        var kept: [PDBAtomLine] = []
        var placed: Set<String> = []
        var residues: [String] = []
        var choices: [String: [String]] = [:]
        for line in lines {
            guard line.alternateLocation != " " else {
                kept.append(line)
                continue
            }
            guard placed.insert(line.siteKey).inserted, let chosen = best[line.siteKey] else { continue }
            let pick = lines[chosen]
            kept.append(pick)
            let a = pick.atom
            let residue = "\(a.chain.isEmpty ? "" : "chain \(a.chain) ")\(a.residueName) \(a.residueNumber)\(a.insertionCode)"
            if choices[residue] == nil { residues.append(residue) }
            choices[residue, default: []].append("\(a.name) (kept \(pick.alternateLocation), occupancy \(pick.occupancy))")
        }
        let notes = residues.map { "alternate locations in \($0): " + choices[$0, default: []].joined(separator: ", ") }
        return (kept, notes)
    }
}
