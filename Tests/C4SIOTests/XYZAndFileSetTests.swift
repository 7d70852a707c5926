import C4SCore
import C4SIO
import Foundation
import Testing

@Suite struct XYZAndFileSetTests {
    static let mirror = SharedMirror.directory(forFileIn: #filePath)!
    static let adk = [mirror.appendingPathComponent("molecules/adk_dims.dcd"), mirror.appendingPathComponent("molecules/adk.psf")]

    @Test func xyzRoundTripKeepsFramesAndComments() throws {
        let text = "3\nwater, frame 1\nO 0.0 0.0 0.1173\nH 0.0 0.7572 -0.4692\nH 0.0 -0.7572 -0.4692\n3\nframe 2\nO 0 0 0.2\nH 0 0.8 -0.5\nH 0 -0.8 -0.5 extra column\n"
        let read = try XYZFrameReader.contents(text: text, name: "w.xyz")
        #expect(read.comments == ["water, frame 1", "frame 2"])
        #expect(read.frames.atoms.map(\.element) == ["O", "H", "H"] && read.frames.frames[1] == [0, 0, 0.2, 0, 0.8, -0.5, 0, -0.8, -0.5])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-\(UUID().uuidString).xyz")
        defer { try? FileManager.default.removeItem(at: url) }
        try XYZWriter.write(read.frames, comments: read.comments, to: url)
        let again = try XYZFrameReader.contents(of: url)
        #expect(again.comments == read.comments && again.frames.frames == read.frames.frames)
        #expect(again.frames.atoms == read.frames.atoms)
    }

    @Test func malformedXYZNamesTheLine() {
        #expect(throws: MolecularFileError(file: "a.xyz", line: 3, message: "an atom line is `Element x y z` with three numbers")) {
            try XYZFrameReader.contents(text: "1\nc\nC 1 2\n", name: "a.xyz")
        }
        #expect(throws: MolecularFileError(file: "b.xyz", line: 4, message: "frame 1 announces 3 atoms but the file ends after 2")) {
            try XYZFrameReader.contents(text: "3\nc\nC 1 2 3\nC 1 2 3", name: "b.xyz")
        }
        #expect(throws: MolecularFileError(file: "c.xyz", line: 4, message: "frame 2 has 2 atoms, the first has 1; every frame must list the same atoms")) {
            try XYZFrameReader.contents(text: "1\nc\nC 1 2 3\n2\nc\nC 1 2 3\nC 1 2 3\n", name: "c.xyz")
        }
        #expect(throws: MolecularFileError(file: "d.xyz", line: 1, message: "`x` is not an atom count (a positive integer starts every XYZ frame)")) {
            try XYZFrameReader.contents(text: "x\n", name: "d.xyz")
        }
    }

    @Test func fileSetPairsTopologyAndTrajectoryInAnyOrder() throws {
        let frames = try MolecularFileSet.read(Self.adk)
        #expect(frames.frames.count == 98 && frames.atoms[0].name == "N" && frames.bonds.count == 3365)
        let pdb = try MolecularFileSet.read([Self.mirror.appendingPathComponent("molecules/trpcage.pdb")])
        #expect(pdb.atoms.count == 281)
        let wrong = [Self.adk[0], Self.mirror.appendingPathComponent("molecules/trpcage.pdb")]
        #expect(throws: MolecularFileError(file: Self.adk[0].path, line: nil, message: "the trajectory has 3341 atoms but the topology trpcage.pdb has 281; pick the topology this trajectory was written with")) {
            try MolecularFileSet.read(wrong)
        }
        #expect(throws: MolecularFileError(file: "adk.psf", line: nil, message: "no file with positions; this workbench reads .pdb, .psf, .dcd, .h5md, .xyz, .prmtop, .mdcrd (a .psf or .prmtop needs a trajectory)")) {
            try MolecularFileSet.read([Self.adk[1]])
        }
    }

    // Reference: MDAnalysis 2.11.0 Ramachandran(u.select_atoms('protein')).run(start=0, stop=1) on
    // adk.psf + adk_dims.dcd: 212 residues (2…213); angles[0], angles[100], angles[-1] below.
    @Test func backboneDihedralsMatchMDAnalysis() throws {
        let frames = try MolecularFileSet.read(Self.adk)
        let angles = BackboneTorsions(atoms: frames.atoms).angles(frames.frames[0])
        #expect(angles.count == 212)
        let reference = [(0, -103.52371988930526, 129.97374003105966), (100, -91.87095089717764, 152.58067551515376),
                         (211, -82.3944691287406, -68.29687374726082)]
        for (i, phi, psi) in reference {
            #expect(abs(angles[i].phi - phi) < 1e-3 && abs(angles[i].psi - psi) < 1e-3)
        }
    }
}
