import C4SCore
import C4SIO
import Foundation
import Testing

@Suite struct MolecularFrameReaderTests {
    static let mirror = SharedMirror.directory(forFileIn: #filePath)!

    @Test func nmrEnsembleReadsEveryModel() throws {
        let f = try PDBFrameReader.read(from: Self.mirror.appendingPathComponent("molecules/nmr_neopetrosiamide.pdb"))
        #expect(f.frames.count == 24)                 // 24 MODEL records (grep -c ^MODEL)
        #expect(f.atoms.count == 392)                 // ATOM/HETATM lines of model 1 (awk)
        #expect(f.atoms[1] == AtomRecord(name: "CA", residueName: "PHE", residueNumber: 1, chain: "A", element: "C"))
        #expect(Array(f.frames[0].prefix(3)) == [-8.154, -0.523, -1.535])
        #expect(f.centredRMSD(0, 0) == 0)
        #expect(f.centredRMSD(3, 0) > 0.1 && f.centredRMSD(3, 0) == f.centredRMSD(0, 3))
    }

    @Test func singleStructureIsOneFrame() throws {
        let f = try PDBFrameReader.read(from: Self.mirror.appendingPathComponent("molecules/trpcage.pdb"))
        #expect(f.frames.count == 1 && f.atoms.count == 281)
    }

    @Test func modelsWithDifferentAtomsAndBadCoordinatesNameTheLine() {
        let atom = "ATOM      1  CA  ALA A   1       1.000   2.000   3.000  1.00  0.00           C"
        let uneven = ["MODEL        1", atom, atom, "ENDMDL", "MODEL        2", atom, "ENDMDL"].joined(separator: "\n")
        #expect(throws: MolecularFileError(file: "x.pdb", line: 7, message: "model 2 has 1 atoms, the first has 2; every model must list the same atoms")) {
            try PDBFrameReader.read(text: uneven, name: "x.pdb")
        }
        let bad = "ATOM      1  CA  ALA A   1       1.000   abc     3.000  1.00  0.00           C"
        #expect(throws: MolecularFileError(file: "y.pdb", line: 1, message: "coordinates in columns 31-54 are not three numbers")) {
            try PDBFrameReader.read(text: bad, name: "y.pdb")
        }
        #expect(throws: MolecularFileError(file: "z.pdb", line: nil, message: "no ATOM or HETATM records")) {
            try PDBFrameReader.read(text: "HEADER\nEND\n", name: "z.pdb")
        }
    }

    @Test func h5mdPositionsWithUnits() throws {
        let small = try H5MDFrameReader.read(from: Self.mirror.appendingPathComponent("molecules/test-small.h5md"))
        #expect(small.frames.count == 5 && small.atoms.count == 5)
        #expect(Array(small.frames[0].prefix(6)) == [0, 1, 2, 3, 4, 5])       // h5dump: Angstrom, no scaling
        let cobrotoxin = try H5MDFrameReader.read(from: Self.mirror.appendingPathComponent("molecules/cobrotoxin.h5md"))
        #expect(cobrotoxin.frames.count == 3 && cobrotoxin.atoms.count == 19385)
        #expect(abs(cobrotoxin.frames[0][0] - 32.3099) < 1e-4)               // h5dump: 3.23099 nm
    }
}
