import C4SCore
import C4SIO
import Foundation
import Testing

@Suite struct H5MDWriterTests {
    static let atoms = [
        AtomRecord(name: "N", residueName: "ALA", residueNumber: 1, chain: "A", element: "N"),
        AtomRecord(name: "CA", residueName: "ALA", residueNumber: 1, chain: "A", element: "C"),
    ]
    static let provenance = H5MDProvenance(author: "Test Author", program: "c4s", programVersion: "0.1-test")
    static let contents = H5MDContents(velocities: true, forces: true, periodicBox: true,
                                       observables: [.potentialEnergy, .kineticEnergy, .totalEnergy, .temperature])

    /// Frame `i`: values that differ per frame, atom and axis.
    static func frame(_ i: Int) -> H5MDFrame {
        let d = Double(i)
        return H5MDFrame(step: 10 * i, time: 0.02 * d, positions: (0..<6).map { Double($0) + 0.5 * d },
                         velocities: (0..<6).map { -Double($0) - d }, forces: (0..<6).map { 0.25 * Double($0) * d },
                         cell: UnitCell(a: 30 + d, b: 31, c: 32, alpha: 90, beta: 90, gamma: 90),
                         observables: [.potentialEnergy: -100 - d, .kineticEnergy: 20 + d, .totalEnergy: -80, .temperature: 300 + d])
    }

    private func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-h5md-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    @Test func streamedFramesReadBackWithOurReader() throws {
        try withFolder { folder in
            let url = folder.appendingPathComponent("run.h5md")
            let writer = try H5MDTrajectoryWriter(creating: url, atoms: Self.atoms, contents: Self.contents, provenance: Self.provenance)
            try writer.append((0..<3).map(Self.frame))
            try writer.append(Self.frame(3))
            try writer.close()
            let read = try H5MDFrameReader.read(from: url)
            #expect(read.atoms == Self.atoms)
            #expect(read.frames == (0..<4).map { Self.frame($0).positions })
            #expect(read.times == (0..<4).map { 0.02 * Double($0) })
            #expect(read.cells?.map(\.a) == [30, 31, 32, 33] && read.cells?[2].gamma == 90)
            let energy = try #require(read.observables.first { $0.name == "potential_energy" })
            #expect(energy.values == [-100, -101, -102, -103] && energy.unit == "kcal mol-1")
            #expect(read.observables.map(\.name) == ["kinetic_energy", "potential_energy", "temperature", "total_energy"])
        }
    }

    static let h5pyDump = """
    import sys, json, h5py
    f = h5py.File(sys.argv[1], 'r')
    a = f['particles/all']
    out = {
      'version': [int(v) for v in f['h5md'].attrs['version']],
      'author': f['h5md/author'].attrs['name'], 'creator': f['h5md/creator'].attrs['name'],
      'creator_version': f['h5md/creator'].attrs['version'],
      'shape': list(a['position/value'].shape), 'maxshape': [m if m is not None else -1 for m in a['position/value'].maxshape],
      'chunked': a['position/value'].chunks is not None,
      'units': [a['position/value'].attrs['unit'], a['position/time'].attrs['unit'], a['velocity/value'].attrs['unit'],
                a['force/value'].attrs['unit'], f['observables/temperature/value'].attrs['unit']],
      'steps': [int(s) for s in a['position/step'][:]],
      'last_position': [float(x) for x in a['position/value'][-1].ravel()],
      'edges0': [float(x) for x in a['box/edges/value'][0].ravel()],
      'boundary': [str(b) for b in a['box'].attrs['boundary']],
      'temperature': [float(x) for x in f['observables/temperature/value'][:]],
    }
    print(json.dumps(out))
    """

    struct H5pyView: Decodable, Equatable {
        let version: [Int], author: String, creator: String, creator_version: String
        let shape: [Int], maxshape: [Int], chunked: Bool, units: [String], steps: [Int]
        let last_position: [Double], edges0: [Double], boundary: [String], temperature: [Double]
    }

    @Test func h5pyReadsTheLayoutWhileTheWriterIsOpenAfterFlush() throws {
        try withFolder { folder in
            let url = folder.appendingPathComponent("live.h5md")
            let writer = try H5MDTrajectoryWriter(creating: url, atoms: Self.atoms, contents: Self.contents, provenance: Self.provenance)
            try writer.append((0..<3).map(Self.frame))
            try writer.flush()
            // The writer still holds the file: h5py reads what is on disk (file locking off, as any
            // reader of a running simulation's output must).
            let text = try PythonReference.run(Self.h5pyDump, [url.path], environment: ["HDF5_USE_FILE_LOCKING": "FALSE"])
            let view = try JSONDecoder().decode(H5pyView.self, from: Data(text.utf8))
            #expect(view == H5pyView(version: [1, 1], author: "Test Author", creator: "c4s", creator_version: "0.1-test",
                                     shape: [3, 2, 3], maxshape: [-1, 2, 3], chunked: true,
                                     units: ["Angstrom", "ps", "Angstrom ps-1", "kcal mol-1 Angstrom-1", "K"],
                                     steps: [0, 10, 20], last_position: Self.frame(2).positions,
                                     edges0: [30, 0, 0, 0, 31, 0, 0, 0, 32], boundary: ["periodic", "periodic", "periodic"],
                                     temperature: [300, 301, 302]))
            try writer.close()
        }
    }

    @Test func aKilledRunKeepsEveryFlushedFrame() throws {
        try withFolder { folder in
            let url = folder.appendingPathComponent("killed.h5md")
            let writer = try H5MDTrajectoryWriter(creating: url, atoms: Self.atoms, contents: Self.contents, provenance: Self.provenance)
            for batch in 0..<4 {
                try writer.append((0..<5).map { Self.frame(5 * batch + $0) })
                try writer.flush()
            }
            // A process killed now leaves exactly the bytes already written to the OS: copy them
            // while the writer is still open (it is never closed, as after SIGKILL).
            let crashed = folder.appendingPathComponent("after-kill.h5md")
            try Data(contentsOf: url).write(to: crashed)
            let read = try H5MDFrameReader.read(from: crashed)
            #expect(read.frames.count == 20 && read.frames[19] == Self.frame(19).positions)
            let text = try PythonReference.run("import h5py,sys; print(h5py.File(sys.argv[1],'r')['particles/all/position/value'].shape[0])", [crashed.path])
            #expect(text.trimmingCharacters(in: .whitespacesAndNewlines) == "20")
            withExtendedLifetime(writer) {}
        }
    }

    @Test func framesThatDoNotMatchAreRefusedNamingTheFileAndFrame() throws {
        try withFolder { folder in
            let url = folder.appendingPathComponent("bad.h5md")
            let writer = try H5MDTrajectoryWriter(creating: url, atoms: Self.atoms, contents: H5MDContents(observables: [.temperature]),
                                                  provenance: Self.provenance)
            var short = H5MDFrame(step: 0, time: 0, positions: [1, 2, 3], observables: [.temperature: 300])
            #expect(throws: MolecularFileError(file: url.path, line: nil, message: "frame 1 (step 0): 3 position values, the file has 2 atoms (6 values)")) {
                try writer.append(short)
            }
            short.positions = [1, 2, 3, 4, 5, 6]
            short.velocities = short.positions
            #expect(throws: MolecularFileError(file: url.path, line: nil, message: "frame 1 (step 0): velocities given, but the file was created without them")) {
                try writer.append(short)
            }
            short.velocities = nil
            try writer.append(short)
            #expect(writer.frameCount == 1)
            try writer.close()
            #expect(throws: MolecularFileError(file: url.path, line: nil, message: "the file exists; choose another name or pass replacing: true")) {
                _ = try H5MDTrajectoryWriter(creating: url, atoms: Self.atoms, provenance: Self.provenance)
            }
        }
    }

    @Test func atomicExportOfADCDRoundTripsAndAFailedExportKeepsTheOldFile() throws {
        let mirror = try #require(SharedMirror.directory(forFileIn: #filePath))
        let top = try PSFTopologyReader.read(from: mirror.appendingPathComponent("molecules/adk.psf"))
        let dcd = try DCDTrajectoryReader.read(from: mirror.appendingPathComponent("molecules/adk_dims.dcd"), topology: top)
        let few = MolecularFrames(atoms: dcd.atoms, frames: Array(dcd.frames.prefix(3)), times: dcd.times.map { Array($0.prefix(3)) },
                                  source: dcd.source)
        try withFolder { folder in
            let url = folder.appendingPathComponent("adk.h5md")
            try H5MDExport.write(few, provenance: Self.provenance, to: url)
            let read = try H5MDFrameReader.read(from: url)
            #expect(read.frames == few.frames && read.times == few.times && read.atoms.map(\.name) == few.atoms.map(\.name))
            let before = try Data(contentsOf: url)
            #expect(throws: MolecularFileError.self) {
                try H5MDExport.write([H5MDFrame(step: 0, time: 0, positions: [0])], atoms: few.atoms, provenance: Self.provenance, to: url)
            }
            #expect(try Data(contentsOf: url) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["adk.h5md"])
        }
    }
}
