import Foundation

/// Writes frames as PDB text (format v3.3 fixed columns): `CRYST1` when the first frame has a
/// cell, one `MODEL`/`ENDMDL` block per frame when there are several, `ATOM` records with chain,
/// residue number and insertion code, segment and element, then `END`. Serial numbers wrap at
/// 99999 and residue numbers at 9999, as the fixed columns require; coordinates must lie within
/// −999.999…9999.999 Å. Occupancy is written as 1.00 and B-factor as 0.00.
public enum PDBWriter {
    /// The PDB text of `frames`.
    /// - Throws: `MolecularFileError` naming `name` when a coordinate does not fit its 8 columns.
    public static func text(_ frames: MolecularFrames, name: String = "PDB output") throws -> String {
        var out = "REMARK   1 WRITTEN BY C4S WORKBENCH FROM \(frames.source.uppercased())\n"
        if let cell = frames.cells?.first {
            out += String(format: "CRYST1%9.3f%9.3f%9.3f%7.2f%7.2f%7.2f P 1           1\n",
                          cell.a, cell.b, cell.c, cell.alpha, cell.beta, cell.gamma)
        }
        let models = frames.frames.count > 1
        for (m, positions) in frames.frames.enumerated() {
            if models { out += String(format: "MODEL     %4d\n", m + 1) }
            for (i, atom) in frames.atoms.enumerated() {
                let (x, y, z) = (positions[3 * i], positions[3 * i + 1], positions[3 * i + 2])
                guard [x, y, z].allSatisfy({ $0 > -999.9995 && $0 < 9999.9995 }) else {
                    throw MolecularFileError(file: name, line: nil, message: "atom \(i + 1) of frame \(m + 1) at (\(x), \(y), \(z)) Å does not fit the PDB coordinate columns (−999.999…9999.999)")
                }
                out += record(atom, serial: i + 1, x: x, y: y, z: z)
            }
            if models { out += "ENDMDL\n" }
        }
        return out + "END\n"
    }

    /// Writes `frames` to `url` atomically (temporary file renamed into place).
    /// - Throws: `MolecularFileError` naming the file.
    public static func write(_ frames: MolecularFrames, to url: URL) throws {
        let pdb = try text(frames, name: url.path)
        do { try Data(pdb.utf8).write(to: url, options: .atomic) } catch {
            throw MolecularFileError(file: url.path, line: nil, message: "cannot write: \(error.localizedDescription)")
        }
    }

    /// One `ATOM` record of 80 columns.
    static func record(_ atom: AtomRecord, serial: Int, x: Double, y: Double, z: Double) -> String {
        func fit(_ text: String, _ width: Int, right: Bool = false) -> String {
            let cut = String(text.prefix(width))
            let pad = String(repeating: " ", count: width - cut.count)
            return right ? pad + cut : cut + pad
        }
        // Atom names start in column 14 unless they fill all four columns or have a two-letter element.
        let name = atom.name.count < 4 && atom.element.count < 2 ? " " + atom.name : atom.name
        return "ATOM  " + fit(String(serial % 100_000), 5, right: true) + " " + fit(name, 4) + " "
            + fit(atom.residueName, 3, right: true) + " " + fit(atom.chain, 1)
            + fit(String(atom.residueNumber % 10_000), 4, right: true) + fit(atom.insertionCode, 1) + "   "
            + String(format: "%8.3f%8.3f%8.3f%6.2f%6.2f", x, y, z, 1.0, 0.0) + "      "
            + fit(atom.segment, 4) + fit(atom.element.uppercased(), 2, right: true) + "  \n"
    }
}
