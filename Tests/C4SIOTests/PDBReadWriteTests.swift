import C4SCore
import C4SIO
import Foundation
import Testing

@Suite struct PDBReadWriteTests {
    static let mirror = SharedMirror.directory(forFileIn: #filePath)!

    static func atomLine(_ serial: Int, _ name: String, alt: String, residue: Int, occupancy: String, x: Double) -> String {
        let n = name.count < 4 ? " " + name.padding(toLength: 3, withPad: " ", startingAt: 0) : name
        return "ATOM  " + String(format: "%5d", serial) + " " + n + alt + "SER A" + String(format: "%4d", residue) + "    "
            + String(format: "%8.3f%8.3f%8.3f", x, 0.0, 0.0) + occupancy + "  0.00           " + String(name.prefix(1))
    }

    @Test func alternateLocationsKeepTheHighestOccupancyFirstOnTiesAndAreReported() throws {
        let text = [
            Self.atomLine(1, "N", alt: " ", residue: 5, occupancy: "  1.00", x: 1),
            Self.atomLine(2, "CB", alt: "A", residue: 5, occupancy: "  0.40", x: 2),
            Self.atomLine(3, "CB", alt: "B", residue: 5, occupancy: "  0.60", x: 3),
            Self.atomLine(4, "OG", alt: "A", residue: 5, occupancy: "  0.50", x: 4),
            Self.atomLine(5, "OG", alt: "B", residue: 5, occupancy: "  0.50", x: 5),
            Self.atomLine(6, "C", alt: " ", residue: 5, occupancy: "  1.00", x: 6),
        ].joined(separator: "\n")
        let f = try PDBFrameReader.read(text: text, name: "alt.pdb")
        #expect(f.atoms.map(\.name) == ["N", "CB", "OG", "C"])
        #expect(f.frames[0].enumerated().filter { $0.offset % 3 == 0 }.map(\.element) == [1, 3, 4, 6])
        #expect(f.notes == ["alternate locations in chain A SER 5: CB (kept B, occupancy 0.6), OG (kept A, occupancy 0.5)"])
    }

    @Test func insertionCodesAndSegmentsAreRead() throws {
        let nme = try PDBFrameReader.read(from: Self.mirror.appendingPathComponent("molecules/nme-cap.pdb"))
        #expect(nme.atoms.contains { $0.residueName == "NMA" && $0.insertionCode == "A" })
        let adk = try PDBFrameReader.read(from: Self.mirror.appendingPathComponent("molecules/adk_open.pdb"))
        #expect(adk.atoms[0].segment == "4AKE" && adk.atoms.count == 3341)
    }

    @Test func malformedRecordsNameFileAndLine() {
        let badResidue = "ATOM      1  CA  ALA A  X1       1.000   2.000   3.000  1.00  0.00           C"
        #expect(throws: MolecularFileError(file: "r.pdb", line: 2, message: "residue number `X1` in columns 23-26 is not an integer")) {
            try PDBFrameReader.read(text: "HEADER\n" + badResidue, name: "r.pdb")
        }
        let badOccupancy = "ATOM      1  CA  ALA A   1       1.000   2.000   3.000  x.00  0.00           C"
        #expect(throws: MolecularFileError(file: "o.pdb", line: 1, message: "occupancy `x.00` in columns 55-60 is not a number")) {
            try PDBFrameReader.read(text: badOccupancy, name: "o.pdb")
        }
    }

    @Test(arguments: ["chig.pdb", "nmr_neopetrosiamide.pdb", "adk_open.pdb", "nme-cap.pdb"])
    func writtenPDBReadsBackTheSame(file: String) throws {
        let original = try PDBFrameReader.read(from: Self.mirror.appendingPathComponent("molecules/\(file)"))
        let again = try PDBFrameReader.read(text: try PDBWriter.text(original), name: "round-trip.pdb")
        #expect(again.atoms == original.atoms)
        #expect(again.frames == original.frames)       // 3 decimals in, 3 decimals out
        #expect(again.cells == original.cells)
    }

    @Test func openMMReadsTheWrittenFile() throws {
        let original = try PDBFrameReader.read(from: Self.mirror.appendingPathComponent("molecules/chig.pdb"))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-\(UUID().uuidString).pdb")
        defer { try? FileManager.default.removeItem(at: url) }
        try PDBWriter.write(original, to: url)
        let script = """
        import sys
        from openmm.app import PDBFile
        p = PDBFile(sys.argv[1]); t = p.topology; x = p.getPositions(asNumpy=True)._value
        print(t.getNumAtoms(), t.getNumResidues(), ' '.join(a.element.symbol for a in list(t.atoms())[:3]), '%.3f %.3f' % (x[0][0] * 10, x[-1][2] * 10))
        """
        let out = try PythonReference.run(script, [url.path]).trimmingCharacters(in: .whitespacesAndNewlines)
        let last = original.frames[0]
        #expect(out == "175 12 H C H " + String(format: "%.3f %.3f", last[0], last[last.count - 1]))
    }
}
