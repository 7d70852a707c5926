import Foundation

/// Reads the ATOM/HETATM records of a PDB file (fixed columns, PDB format v3.3) as frames: one
/// frame per MODEL, or a single frame when there are no MODEL records. Every model must list the
/// same atoms. Alternate locations other than the first (blank or `A`) are skipped.
public enum PDBFrameReader {
    /// Reads a file. - Throws: `MolecularFileError` naming the file and line.
    public static func read(from url: URL) throws -> MolecularFrames {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw MolecularFileError(file: url.path, line: nil, message: "cannot read the file: \(error.localizedDescription)")
        }
        return try read(text: text, name: url.path)
    }

    /// Reads PDB text; `name` is used in messages.
    public static func read(text: String, name: String) throws -> MolecularFrames {
        var atoms: [AtomRecord] = []
        var frames: [[Double]] = []
        var current: [Double] = []
        var currentAtoms = 0
        var firstModelDone = false
        func endModel(line: Int) throws {
            guard !current.isEmpty else { return }
            if firstModelDone, currentAtoms != atoms.count {
                throw MolecularFileError(file: name, line: line, message: "model \(frames.count + 1) has \(currentAtoms) atoms, the first has \(atoms.count); every model must list the same atoms")
            }
            frames.append(current)
            current = []
            currentAtoms = 0
            firstModelDone = true
        }
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Array(raw.utf8)
            let number = index + 1
            let record = field(line, 0, 6).trimmingCharacters(in: .whitespaces)
            switch record {
            case "MODEL":
                try endModel(line: number)
            case "ENDMDL":
                try endModel(line: number)
            case "ATOM", "HETATM":
                let altLoc = field(line, 16, 17)
                guard altLoc == " " || altLoc == "" || altLoc == "A" else { continue }
                guard let x = Double(field(line, 30, 38).trimmingCharacters(in: .whitespaces)),
                      let y = Double(field(line, 38, 46).trimmingCharacters(in: .whitespaces)),
                      let z = Double(field(line, 46, 54).trimmingCharacters(in: .whitespaces)),
                      x.isFinite, y.isFinite, z.isFinite
                else {
                    throw MolecularFileError(file: name, line: number, message: "coordinates in columns 31-54 are not three numbers")
                }
                current += [x, y, z]
                currentAtoms += 1
                if !firstModelDone {
                    let atomName = field(line, 12, 16).trimmingCharacters(in: .whitespaces)
                    let given = field(line, 76, 78).trimmingCharacters(in: .whitespaces)
                    atoms.append(AtomRecord(
                        name: atomName, residueName: field(line, 17, 20).trimmingCharacters(in: .whitespaces),
                        residueNumber: Int(field(line, 22, 26).trimmingCharacters(in: .whitespaces)) ?? 0,
                        chain: field(line, 21, 22).trimmingCharacters(in: .whitespaces),
                        element: given.isEmpty ? inferElement(atomName) : given.capitalized))
                }
            default:
                continue
            }
        }
        try endModel(line: text.split(separator: "\n", omittingEmptySubsequences: false).count)
        guard !frames.isEmpty else { throw MolecularFileError(file: name, line: nil, message: "no ATOM or HETATM records") }
        return MolecularFrames(atoms: atoms, frames: frames, times: nil, source: (name as NSString).lastPathComponent)
    }

    private static func field(_ line: [UInt8], _ from: Int, _ to: Int) -> String {
        guard from < line.count else { return "" }
        return String(decoding: line[from..<min(to, line.count)], as: UTF8.self)
    }

    /// The element of an atom name without an element column: its first letter, skipping digits
    /// (`1HB` → H); two-letter metals are not guessed.
    static func inferElement(_ name: String) -> String {
        name.first(where: \.isLetter).map { String($0).uppercased() } ?? "X"
    }
}
