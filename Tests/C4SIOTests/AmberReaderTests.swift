import C4SCore
import C4SIO
import Foundation
import Testing

@Suite struct AmberReaderTests {
    static let mirror = SharedMirror.directory(forFileIn: #filePath)!
    static let prmtop = mirror.appendingPathComponent("molecules/alanine-dipeptide-solvated.prmtop")
    static let mdcrd = mirror.appendingPathComponent("molecules/alanine-dipeptide-solvated.mdcrd.bz2")

    // Reference: MDAnalysis 2.11.0, Universe(prmtop, mdcrd.bz2, format='TRJ') (one-off, not a test
    // dependency): 5071 atoms, 1686 residues, 5070 bonds, 11 frames, box 41.123 43.772 39.271.
    @Test func topologyMatchesMDAnalysis() throws {
        let top = try AmberTopologyReader.read(from: Self.prmtop)
        #expect(top.atoms.count == 5071 && top.bonds.count == 5070)
        #expect(Set(top.atoms.map(\.residueNumber)).count == 1686)
        #expect(top.atoms[0] == AtomRecord(name: "HH31", residueName: "ACE", residueNumber: 1, chain: "", element: "H",
                                           atomType: "HC", charge: top.atoms[0].charge, mass: 1.008))
        #expect(abs(top.atoms[0].charge - 0.11230000108480453) < 1e-7 && abs(top.atoms[4].charge - 0.5972000360488892) < 1e-7)
        #expect(top.atoms[5070].name == "H2" && top.atoms[5070].residueName == "WAT" && top.atoms[5070].residueNumber == 1686)
        #expect(top.atoms[5070].atomType == "HW" && abs(top.atoms[5070].charge - 0.417) < 1e-7)
        #expect(top.atoms.prefix(22).map(\.residueName).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } } == ["ACE", "ALA", "NME"])
    }

    @Test func compressedTrajectoryMatchesMDAnalysis() throws {
        let t = try MolecularFileSet.read([Self.mdcrd, Self.prmtop])
        #expect(t.frames.count == 11 && t.notes.isEmpty && t.times == nil)
        #expect(t.cells?.first == UnitCell(a: 41.123, b: 43.772, c: 39.271, alpha: 90, beta: 90, gamma: 90))
        #expect(Array(t.frames[0].prefix(3)) == [22.499, 16.108, 21.215] && Array(t.frames[0].suffix(3)) == [7.958, 12.342, 19.005])
        #expect(Array(t.frames[10].prefix(3)) == [21.952, 15.82, 20.164] && Array(t.frames[10].suffix(3)) == [7.643, 12.686, 18.857])
    }

    private func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-amber-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test func truncatedCompressedFileAndWrongTopologyAreRefusedNamingTheFile() throws {
        try withFolder { folder in
            let cut = folder.appendingPathComponent("cut.mdcrd.bz2")
            try Data(contentsOf: Self.mdcrd).prefix(100_000).write(to: cut)
            #expect(throws: MolecularFileError(file: cut.path, line: nil, message: "not a valid bzip2 file: the data ends inside a stream (truncated file)")) {
                try MolecularFileSet.read([cut, Self.prmtop])
            }
        }
        let psf = Self.mirror.appendingPathComponent("molecules/adk.psf")
        #expect(throws: MolecularFileError(file: Self.mdcrd.path, line: 2, message: "frame 1 (lines 2-1004) holds 10030 values; the topology adk.psf has 3341 atoms, so 10023 are needed — pick the topology this trajectory was written with")) {
            try MolecularFileSet.read([Self.mdcrd, psf])
        }
        #expect(throws: MolecularFileError(file: Self.mdcrd.path, line: nil, message: "an AMBER trajectory holds no atom count or names; open it with its topology (.prmtop, .psf or .pdb)")) {
            try MolecularFileSet.read([Self.mdcrd])
        }
    }

    @Test func plainTrajectoryWithTruncatedLastFrameAndMalformedFields() throws {
        let top = MolecularTopology(atoms: (0..<4).map { AtomRecord(name: "C\($0)", residueName: "", residueNumber: 0, chain: "", element: "C") },
                                    bonds: [], source: "four.prmtop")
        let frame = "   1.000   2.000   3.000   4.000   5.000   6.000   7.000   8.000   9.000  10.000\n  11.000  12.000\n"
        try withFolder { folder in
            let url = folder.appendingPathComponent("t.mdcrd")
            try ("title\n" + frame + frame + "   1.000").write(to: url, atomically: true, encoding: .utf8)
            let t = try AmberTrajectoryReader.read(from: url, topology: top)
            #expect(t.frames.count == 2 && t.frames[1].last == 12 && t.cells == nil)
            #expect(t.notes == ["the last frame is truncated (1 of 2 lines); the 2 complete frames before it were read"])
            try ("title\n" + frame.replacingOccurrences(of: "   5.000", with: "   x.000")).write(to: url, atomically: true, encoding: .utf8)
            #expect(throws: MolecularFileError(file: url.path, line: 2, message: "`x.000` in columns 33-40 is not a number (coordinates are 8-column fields, 10 per line)")) {
                try AmberTrajectoryReader.read(from: url, topology: top)
            }
            let notPrmtop = folder.appendingPathComponent("x.prmtop")
            try "ACE\n".write(to: notPrmtop, atomically: true, encoding: .utf8)
            #expect(throws: MolecularFileError(file: notPrmtop.path, line: 1, message: "no %FLAG sections: not an AMBER 7+ prmtop (old AMBER 6 topologies are not read; convert them with parmed)")) {
                try AmberTopologyReader.read(from: notPrmtop)
            }
        }
    }
}
