/// One ATOM/HETATM record of a PDB file (format v3.3, fixed columns), parsed.
struct PDBAtomLine {
    let atom: AtomRecord
    /// Column 17; blank when the atom has one location.
    let alternateLocation: Character
    /// Columns 55-60; 1 when blank.
    let occupancy: Double
    let x: Double, y: Double, z: Double

    /// The identity of the atom across alternate locations: chain, residue number, insertion
    /// code and atom name (the residue name may differ between locations).
    var siteKey: String { "\(atom.chain)|\(atom.residueNumber)|\(atom.insertionCode)|\(atom.name)" }

    /// Parses `line`; `lineNumber` and `file` name it in errors.
    /// - Throws: `MolecularFileError` when the coordinates, residue number or occupancy are not numbers.
    init(_ line: [UInt8], lineNumber: Int, file: String) throws {
        func field(_ from: Int, _ to: Int) -> String {
            guard from < line.count else { return "" }
            return String(decoding: line[from..<min(to, line.count)], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        func reject(_ message: String) -> MolecularFileError { MolecularFileError(file: file, line: lineNumber, message: message) }
        guard let x = Double(field(30, 38)), let y = Double(field(38, 46)), let z = Double(field(46, 54)),
              x.isFinite, y.isFinite, z.isFinite else {
            throw reject("coordinates in columns 31-54 are not three numbers")
        }
        let residueText = field(22, 26)
        guard let residueNumber = residueText.isEmpty ? 0 : Int(residueText) else {
            throw reject("residue number `\(residueText)` in columns 23-26 is not an integer")
        }
        let occupancyText = field(54, 60)
        guard let occupancy = occupancyText.isEmpty ? 1 : Double(occupancyText) else {
            throw reject("occupancy `\(occupancyText)` in columns 55-60 is not a number")
        }
        let name = field(12, 16)
        let element = field(76, 78)
        atom = AtomRecord(name: name, residueName: field(17, 20), residueNumber: residueNumber, chain: field(21, 22),
                          element: element.isEmpty ? PDBFrameReader.inferElement(name) : element.capitalized,
                          insertionCode: field(26, 27), segment: field(72, 76))
        alternateLocation = line.count > 16 ? Character(Unicode.Scalar(line[16])) : " "
        self.occupancy = occupancy
        (self.x, self.y, self.z) = (x, y, z)
    }
}
