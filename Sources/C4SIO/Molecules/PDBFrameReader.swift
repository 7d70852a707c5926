import Foundation

/// Reads the ATOM/HETATM records of a PDB file (fixed columns, PDB format v3.3) as frames: one
/// frame per MODEL, or a single frame when there are no MODEL records. Every model must list the
/// same atoms. Insertion codes (column 27) and segment identifiers (73-76) are kept; elements come
/// from columns 77-78 or are inferred from the atom name. Alternate locations: per atom, the
/// location with the highest occupancy is kept (the first on ties), and `notes` names every
/// residue that had alternate locations and what was kept. `CRYST1` gives the cell of every frame.
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
        var notes: [String] = []
        var model: [PDBAtomLine] = []
        var cell: UnitCell?
        func endModel(line: Int) throws {
            guard !model.isEmpty else { return }
            let (kept, modelNotes) = PDBAlternateLocations.resolve(model)
            if frames.isEmpty {
                atoms = kept.map(\.atom)
                notes = modelNotes
            } else if kept.count != atoms.count {
                throw MolecularFileError(file: name, line: line, message: "model \(frames.count + 1) has \(kept.count) atoms, the first has \(atoms.count); every model must list the same atoms")
            }
            frames.append(kept.flatMap { [$0.x, $0.y, $0.z] })
            model = []
        }
        let lines = MolecularTextFile.lines(of: text)
        for (index, raw) in lines.enumerated() {
            let line = Array(raw.utf8)
            let record = String(decoding: line.prefix(6), as: UTF8.self).trimmingCharacters(in: .whitespaces)
            switch record {
            case "MODEL", "ENDMDL":
                try endModel(line: index + 1)
            case "ATOM", "HETATM":
                model.append(try PDBAtomLine(line, lineNumber: index + 1, file: name))
            case "CRYST1":
                cell = try crystal(line, lineNumber: index + 1, file: name)
            default:
                continue
            }
        }
        try endModel(line: lines.count)
        guard !frames.isEmpty else { throw MolecularFileError(file: name, line: nil, message: "no ATOM or HETATM records") }
        return MolecularFrames(atoms: atoms, frames: frames, times: nil, source: (name as NSString).lastPathComponent,
                               cells: cell.map { c in frames.map { _ in c } }, notes: notes)
    }

    /// The cell of a `CRYST1` record (a, b, c in columns 7-33, α, β, γ in 34-54); nil for the
    /// 1 Å placeholder cell that files without a crystal write.
    private static func crystal(_ line: [UInt8], lineNumber: Int, file: String) throws -> UnitCell? {
        let ranges = [(6, 15), (15, 24), (24, 33), (33, 40), (40, 47), (47, 54)]
        let values = ranges.map { from, to in
            from < line.count ? Double(String(decoding: line[from..<min(to, line.count)], as: UTF8.self).trimmingCharacters(in: .whitespaces)) : nil
        }
        let v = values.compactMap { $0 }
        guard v.count == 6 else {
            throw MolecularFileError(file: file, line: lineNumber, message: "CRYST1 needs a, b, c, α, β, γ as numbers in columns 7-54")
        }
        guard v[0] > 1 || v[1] > 1 || v[2] > 1 else { return nil }
        return UnitCell(a: v[0], b: v[1], c: v[2], alpha: v[3], beta: v[4], gamma: v[5])
    }

    /// The element of an atom name without an element column: its first letter, skipping digits
    /// (`1HB` → H); two-letter metals are not guessed.
    static func inferElement(_ name: String) -> String {
        name.first(where: \.isLetter).map { String($0).uppercased() } ?? "X"
    }
}
