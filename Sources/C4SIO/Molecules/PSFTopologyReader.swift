import Foundation

/// Reads a CHARMM or X-PLOR protein structure file (PSF): the `!NATOM` section (segment, residue
/// number and insertion code, residue name, atom name, type, charge in e, mass in u) and the
/// `!NBOND` section. Standard and `EXT` layouts are read alike (fields separated by blanks); X-PLOR
/// PSFs name types with text, CHARMM PSFs with numbers, both kept as `atomType`. Elements are
/// inferred from the mass (nearest common element within 0.1 u), else from the atom name.
public enum PSFTopologyReader {
    /// Reads a file. - Throws: `MolecularFileError` naming the file and line.
    public static func read(from url: URL) throws -> MolecularTopology {
        try read(lines: MolecularTextFile.lines(of: url), name: url.path)
    }

    /// Reads PSF text; `name` is used in messages.
    public static func read(text: String, name: String) throws -> MolecularTopology {
        try read(lines: MolecularTextFile.lines(of: text), name: name)
    }

    private static func read(lines: [Substring], name: String) throws -> MolecularTopology {
        guard let first = lines.first, first.hasPrefix("PSF") else {
            throw MolecularFileError(file: name, line: 1, message: "a PSF file starts with `PSF` (optionally followed by EXT, CMAP, CHEQ, XPLOR)")
        }
        guard let atomHeader = section("!NATOM", in: lines) else {
            throw MolecularFileError(file: name, line: nil, message: "no `!NATOM` section")
        }
        let (atomCount, atomLine) = try count(of: atomHeader, lines: lines, name: name)
        var atoms: [AtomRecord] = []
        atoms.reserveCapacity(atomCount)
        for index in 0..<atomCount {
            let number = atomLine + 1 + index
            guard number <= lines.count, !lines[number - 1].allSatisfy(\.isWhitespace) else {
                throw MolecularFileError(file: name, line: min(number, lines.count), message: "the atom section ends after \(index) of the \(atomCount) atoms that `!NATOM` announces")
            }
            atoms.append(try atom(lines[number - 1], line: number, expectedSerial: index + 1, name: name))
        }
        var bonds: [AtomPair] = []
        if let bondHeader = section("!NBOND", in: lines) {
            let (bondCount, bondLine) = try count(of: bondHeader, lines: lines, name: name)
            bonds = try pairs(bondCount, after: bondLine, lines: lines, atoms: atomCount, name: name)
        }
        return MolecularTopology(atoms: atoms, bonds: bonds, source: (name as NSString).lastPathComponent)
    }

    /// The 0-based line index of the section header containing `tag`.
    private static func section(_ tag: String, in lines: [Substring]) -> Int? {
        lines.firstIndex { $0.contains(tag) }
    }

    /// The count before the tag of a section header and the header's 1-based line number.
    private static func count(of header: Int, lines: [Substring], name: String) throws -> (Int, Int) {
        guard let word = lines[header].split(separator: " ").first, let n = Int(word), n >= 0 else {
            throw MolecularFileError(file: name, line: header + 1, message: "a section header starts with its count, e.g. `    3341 !NATOM`")
        }
        return (n, header + 1)
    }

    /// One atom line: serial, segment, residue (number with optional insertion code), residue
    /// name, atom name, type, charge, mass, then fields this reader does not use.
    private static func atom(_ text: Substring, line: Int, expectedSerial: Int, name: String) throws -> AtomRecord {
        let f = text.split(separator: " ", omittingEmptySubsequences: true)
        guard f.count >= 8, let serial = Int(f[0]), let charge = Double(f[6]), let mass = Double(f[7]),
              charge.isFinite, mass.isFinite else {
            throw MolecularFileError(file: name, line: line, message: "an atom line holds serial, segment, residue, residue name, atom name, type, charge and mass (8 or more fields, charge and mass numbers)")
        }
        guard serial == expectedSerial else {
            throw MolecularFileError(file: name, line: line, message: "atom serial \(serial) where \(expectedSerial) was expected (atoms are numbered 1, 2, ... in order)")
        }
        let residue = f[2]
        let digits = residue.prefix { $0.isNumber || $0 == "-" }
        guard let residueNumber = Int(digits) else {
            throw MolecularFileError(file: name, line: line, message: "residue `\(residue)` does not start with a number")
        }
        let atomName = String(f[4])
        return AtomRecord(name: atomName, residueName: String(f[3]), residueNumber: residueNumber, chain: "",
                          element: ElementTable.element(mass: mass) ?? PDBFrameReader.inferElement(atomName),
                          insertionCode: String(residue.dropFirst(digits.count)), segment: String(f[1]),
                          atomType: String(f[5]), charge: charge, mass: mass)
    }

    /// `count` pairs of 1-based atom serials on the lines after `header` (any number per line).
    private static func pairs(_ count: Int, after header: Int, lines: [Substring], atoms: Int, name: String) throws -> [AtomPair] {
        var serials: [Int] = []
        serials.reserveCapacity(2 * count)
        var number = header
        while serials.count < 2 * count {
            number += 1
            guard number <= lines.count else {
                throw MolecularFileError(file: name, line: lines.count, message: "the file ends after \(serials.count / 2) of the \(count) bonds that `!NBOND` announces")
            }
            for word in lines[number - 1].split(separator: " ") {
                guard let serial = Int(word), (1...atoms).contains(serial) else {
                    throw MolecularFileError(file: name, line: number, message: "bond atom `\(word)` is not an atom serial in 1...\(atoms)")
                }
                serials.append(serial)
            }
        }
        guard serials.count == 2 * count else {
            throw MolecularFileError(file: name, line: number, message: "the bond section holds \(serials.count) atom serials, `!NBOND` announces \(count) pairs")
        }
        return stride(from: 0, to: serials.count, by: 2).map { AtomPair(serials[$0] - 1, serials[$0 + 1] - 1) }
    }
}
