import Foundation

/// Reads an AMBER parameter/topology file (prmtop, AMBER 7+ `%FLAG` format): atom names, types,
/// charges (stored × 18.2223, converted to e), masses (u), residues (labels and first atoms), and
/// bonds (with and without hydrogen). Elements come from `ATOMIC_NUMBER` when present, else from
/// the mass. The old AMBER 6 format (no `%FLAG` lines) is refused.
public enum AmberTopologyReader {
    /// AMBER's charge unit: stored charges are in e × 18.2223 (so that q² is in kcal/mol·Å).
    static let chargeScale = 18.2223

    /// Reads a file. - Throws: `MolecularFileError` naming the file (and line where there is one).
    public static func read(from url: URL) throws -> MolecularTopology {
        try read(lines: MolecularTextFile.lines(of: url), name: url.path)
    }

    private static func read(lines: [Substring], name: String) throws -> MolecularTopology {
        guard lines.contains(where: { $0.hasPrefix("%FLAG") }) else {
            throw MolecularFileError(file: name, line: 1, message: "no %FLAG sections: not an AMBER 7+ prmtop (old AMBER 6 topologies are not read; convert them with parmed)")
        }
        let s = try AmberTopologySections(lines: lines, file: name)
        let pointers = try s.integers("POINTERS", atLeast: 12)
        let (atomCount, residueCount) = (pointers[0], pointers[11])
        let names = try s.names("ATOM_NAME", atLeast: atomCount)
        let charges = try s.reals("CHARGE", atLeast: atomCount)
        let masses = try s.reals("MASS", atLeast: atomCount)
        let labels = try s.names("RESIDUE_LABEL", atLeast: residueCount)
        let firsts = try s.integers("RESIDUE_POINTER", atLeast: residueCount)
        let types = s.strings("AMBER_ATOM_TYPE") ?? []
        let numbers = s.strings("ATOMIC_NUMBER")?.compactMap { Int($0) } ?? []
        guard firsts.first == 1, zip(firsts, firsts.dropFirst()).allSatisfy({ $0 < $1 }), (firsts.last ?? 1) <= atomCount else {
            throw MolecularFileError(file: name, line: nil, message: "RESIDUE_POINTER must rise from 1 and stay within the \(atomCount) atoms")
        }
        var atoms: [AtomRecord] = []
        atoms.reserveCapacity(atomCount)
        for r in 0..<residueCount {
            let end = r + 1 < residueCount ? firsts[r + 1] - 1 : atomCount
            for a in (firsts[r] - 1)..<end {
                let element = numbers.count == atomCount && numbers[a] > 0
                    ? ElementTable.symbol(atomicNumber: numbers[a]) : ElementTable.element(mass: masses[a])
                atoms.append(AtomRecord(name: names[a], residueName: labels[r], residueNumber: r + 1, chain: "",
                                        element: element ?? PDBFrameReader.inferElement(names[a]),
                                        atomType: types.count == atomCount ? types[a] : "",
                                        charge: charges[a] / chargeScale, mass: masses[a]))
            }
        }
        let bonds = try ["BONDS_INC_HYDROGEN", "BONDS_WITHOUT_HYDROGEN"].flatMap { flag -> [AtomPair] in
            let triplets = try s.integers(flag, atLeast: 0)
            guard triplets.count % 3 == 0 else {
                throw MolecularFileError(file: name, line: nil, message: "%FLAG \(flag) holds \(triplets.count) values, not triplets (atom, atom, type)")
            }
            return try stride(from: 0, to: triplets.count, by: 3).map { i in
                // Bonds store 3 × (0-based atom index), the offset into a coordinate array.
                let (a, b) = (triplets[i] / 3, triplets[i + 1] / 3)
                guard triplets[i] % 3 == 0, triplets[i + 1] % 3 == 0, atoms.indices.contains(a), atoms.indices.contains(b) else {
                    throw MolecularFileError(file: name, line: nil, message: "%FLAG \(flag) bond \(i / 3 + 1) names coordinate offsets \(triplets[i]), \(triplets[i + 1]); valid are multiples of 3 below \(3 * atomCount)")
                }
                return AtomPair(a, b)
            }
        }
        return MolecularTopology(atoms: atoms, bonds: bonds, source: (name as NSString).lastPathComponent)
    }
}
