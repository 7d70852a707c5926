import C4SCore
import C4SIO
import Foundation
import Testing

@Suite struct PSFDCDReaderTests {
    static let mirror = SharedMirror.directory(forFileIn: #filePath)!
    static let psf = mirror.appendingPathComponent("molecules/adk.psf")
    static let dcd = mirror.appendingPathComponent("molecules/adk_dims.dcd")

    // Reference values from MDAnalysis 2.11.0 (one-off, throwaway venv, not a test dependency):
    //   u = mda.Universe('adk.psf', 'adk_dims.dcd'); u.atoms[i].segid/resid/resname/name/type/charge/mass,
    //   len(u.bonds), u.bonds[0].indices, u.trajectory[f].time, u.atoms.positions[i].
    @Test func adkTopologyMatchesMDAnalysis() throws {
        let top = try PSFTopologyReader.read(from: Self.psf)
        #expect(top.atoms.count == 3341 && top.bonds.count == 3365)
        #expect(top.atoms[0] == AtomRecord(name: "N", residueName: "MET", residueNumber: 1, chain: "", element: "N",
                                           segment: "4AKE", atomType: "56", charge: -0.3, mass: 14.007))
        let last = top.atoms[3340]
        #expect(last.name == "OT2" && last.residueName == "GLY" && last.residueNumber == 214 && last.atomType == "72")
        #expect(last.charge == -0.67 && last.mass == 15.999 && last.element == "O")
        // File order (`2 1 ... 3339 3340` in the !NBOND section); MDAnalysis sorts, and its first and
        // last bonds (0, 1) and (3338, 3340) are among ours.
        #expect(top.bonds.first == AtomPair(1, 0) && top.bonds.last == AtomPair(3338, 3339))
        let sorted = Set(top.bonds.map { AtomPair(min($0.first, $0.second), max($0.first, $0.second)) })
        #expect(sorted.count == 3365 && sorted.contains(AtomPair(0, 1)) && sorted.contains(AtomPair(3338, 3340)))
    }

    @Test func adkTrajectoryMatchesMDAnalysis() throws {
        let top = try PSFTopologyReader.read(from: Self.psf)
        let t = try DCDTrajectoryReader.read(from: Self.dcd, topology: top)
        // The file holds 98 frames (size 3931724 = 356-byte header + 98 × 40116); its header says 500.
        #expect(t.frames.count == 98 && t.atoms.count == 3341 && t.cells == nil)
        #expect(t.notes == ["the header announces 500 frames, the file holds 98"])
        let times = try #require(t.times)
        #expect(abs(times[0] - 1.0) < 1e-6 && abs(times[50] - 51.0) < 1e-5 && abs(times[97] - 98.0) < 1e-5)
        let reference: [(frame: Int, atom: Int, xyz: [Double])] = [
            (0, 0, [11.736044, 8.500797, -10.445281]), (0, 3340, [5.5854015, 17.589624, -6.9656615]),
            (0, 1000, [3.9454367, -12.406081, -7.268201]), (50, 0, [14.518455, 6.7368402, -7.5978026]),
            (50, 1000, [7.682097, -12.8540325, -5.5494523]), (97, 3340, [12.376507, 14.945225, -6.560634]),
        ]
        for r in reference {
            for k in 0..<3 { #expect(abs(t.frames[r.frame][3 * r.atom + k] - r.xyz[k]) < 1e-5) }
        }
        #expect(abs(t.centredRMSD(97, 0) - 6.947589684560874) < 1e-4)   // MDAnalysis rms.rmsd(center=True)
    }

    private static let positions: [[Float]] = [[1, 2, 3, 4, 5, 6], [1.5, 2.5, 3.5, 4.5, 5.5, 6.5], [-1, -2, -3, -4, -5, -6]]

    private func written(_ file: DCDTestFile, _ body: (URL) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-dcd-\(UUID().uuidString).dcd")
        try file.data.write(to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        try body(dir)
    }

    @Test(arguments: [(false, 4), (true, 4), (false, 8), (true, 8)])
    func byteOrdersAndMarkerSizesReadAlike(bigEndian: Bool, markerSize: Int) throws {
        var file = DCDTestFile(frames: Self.positions, atoms: 2)
        file.bigEndian = bigEndian
        file.markerSize = markerSize
        file.cells = [[30, 90, 40, 90, 90, 50], [31, 0, 41, 0, 0, 51], [32, 90, 42, 90, 90, 52]]
        try written(file) { url in
            let t = try DCDTrajectoryReader.read(from: url)
            #expect(t.frames == Self.positions.map { $0.map(Double.init) } && t.notes.isEmpty)
            #expect(t.times?.map { ($0 * 1e6).rounded() / 1e6 } == [5, 7.5, 10])   // (10 + 5i) × 0.5 ps
            #expect(t.cells?[0] == UnitCell(a: 30, b: 40, c: 50, alpha: 90, beta: 90, gamma: 90))
            #expect(t.cells?[1] == UnitCell(a: 31, b: 41, c: 51, alpha: 90, beta: 90, gamma: 90))  // cosines 0 → 90°
        }
    }

    @Test(arguments: [(false, 4), (true, 8)])
    func fileFormatTellsADCDByItsFirstRecordWhateverItsName(bigEndian: Bool, markerSize: Int) throws {
        var file = DCDTestFile(frames: Self.positions, atoms: 2)
        file.bigEndian = bigEndian
        file.markerSize = markerSize
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-\(UUID().uuidString).bin")
        try file.data.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try FileFormat.detect(url) == .molecular(.dcd))
        #expect(try FileFormat.detect(Self.psf) == .molecular(.psf))
    }

    @Test func truncatedLastFrameIsReportedAndEarlierFramesRead() throws {
        let data = DCDTestFile(frames: Self.positions, atoms: 2).data
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-dcd-\(UUID().uuidString).dcd")
        try data.prefix(data.count - 10).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let t = try DCDTrajectoryReader.read(from: url)
        #expect(t.frames.count == 2 && t.frames[1] == Self.positions[1].map(Double.init))
        #expect(t.notes == ["the last frame is truncated (38 of 48 bytes); the 2 complete frames before it were read",
                            "the header announces 3 frames, the file holds 2"])
    }

    @Test func fixedAtomsWrongAtomCountsAndNonDCDAreRefusedNamingTheFile() throws {
        var fixed = DCDTestFile(frames: Self.positions, atoms: 2)
        fixed.fixedAtoms = 1
        try written(fixed) { url in
            #expect(throws: MolecularFileError(file: url.path, line: nil, message: "1 fixed atoms (NAMNF > 0): frames after the first store only the free atoms, which this reader does not expand; write the trajectory without fixed atoms")) {
                try DCDTrajectoryReader.read(from: url)
            }
        }
        let top = try PSFTopologyReader.read(from: Self.psf)
        try written(DCDTestFile(frames: Self.positions, atoms: 2)) { url in
            #expect(throws: MolecularFileError(file: url.path, line: nil, message: "the trajectory has 2 atoms but the topology adk.psf has 3341; pick the topology this trajectory was written with")) {
                try DCDTrajectoryReader.read(from: url, topology: top)
            }
        }
        #expect(throws: MolecularFileError(file: Self.psf.path, line: nil, message: "not a DCD file: the first record marker is not 84 (as 32- or 64-bit, little- or big-endian)")) {
            try DCDTrajectoryReader.read(from: Self.psf)
        }
    }

    @Test func malformedPSFNamesFileAndLine() {
        let header = "PSF EXT\n\n       1 !NTITLE\n* t\n\n       2 !NATOM\n"
        let atom1 = "         1 SEG      1        ALA      N        NH3   -0.300000       14.0070           0\n"
        #expect(throws: MolecularFileError(file: "a.psf", line: 8, message: "the atom section ends after 1 of the 2 atoms that `!NATOM` announces")) {
            try PSFTopologyReader.read(text: header + atom1, name: "a.psf")
        }
        let badCharge = atom1 + "         2 SEG      1        ALA      CA       CT1   abc       12.0110           0\n"
        #expect(throws: MolecularFileError(file: "b.psf", line: 8, message: "an atom line holds serial, segment, residue, residue name, atom name, type, charge and mass (8 or more fields, charge and mass numbers)")) {
            try PSFTopologyReader.read(text: header + badCharge, name: "b.psf")
        }
        let good = atom1 + "         2 SEG      1A       ALA      CA       CT1    0.210000       12.0110           0\n"
        let bonds = "\n       1 !NBOND: bonds\n         1         3\n"
        #expect(throws: MolecularFileError(file: "c.psf", line: 11, message: "bond atom `3` is not an atom serial in 1...2")) {
            try PSFTopologyReader.read(text: header + good + bonds, name: "c.psf")
        }
        #expect(throws: MolecularFileError(file: "d.psf", line: 1, message: "a PSF file starts with `PSF` (optionally followed by EXT, CMAP, CHEQ, XPLOR)")) {
            try PSFTopologyReader.read(text: "REMARK\n", name: "d.psf")
        }
    }

    @Test func extendedFormatWithTextTypesAndInsertionCodes() throws {
        let text = """
        PSF EXT XPLOR

                 1 !NTITLE
        * t

                 2 !NATOM
                 1 SEG      1        ALA      N        NH3   -0.300000       14.0070           0
                 2 SEG      1A       ALA      CA       CT1    0.210000       12.0110           0

                 1 !NBOND: bonds
                 1         2
        """
        let top = try PSFTopologyReader.read(text: text, name: "x.psf")
        #expect(top.atoms[1] == AtomRecord(name: "CA", residueName: "ALA", residueNumber: 1, chain: "", element: "C",
                                           insertionCode: "A", segment: "SEG", atomType: "CT1", charge: 0.21, mass: 12.011))
        #expect(top.bonds == [AtomPair(0, 1)])
    }
}
