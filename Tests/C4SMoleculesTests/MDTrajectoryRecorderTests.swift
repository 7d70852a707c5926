import C4SCore
import C4SIO
import Foundation
import Testing
@testable import C4SMolecules

/// A run stopped early leaves an H5MD file with every recorded frame, read back by the workbench's
/// reader and by h5py.
@Suite struct MDTrajectoryRecorderTests {
    @Test func stoppedRunKeepsEveryRecordedFrame() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-md-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("traj.h5")
        let atoms = (0..<4).map { AtomRecord(name: "C\($0)", residueName: "UNK", residueNumber: 1, chain: "A", element: "C") }
        let masses = Array(repeating: 12.011, count: 4)
        let potential = HarmonicWellPotential(springConstant: 100, centres: (0..<4).map { SIMD3(Double($0) * 1.5, 0, 0) })
        var simulation = try MDSimulation(
            potential: potential, integrator: LangevinBAOAB(timeStep: 1, friction: 1, temperature: 300, masses: masses, seed: 5),
            masses: masses, positions: potential.centres,
            velocities: MaxwellBoltzmann.velocities(masses: masses, temperature: 300, seed: 5))
        let recorder = try MDTrajectoryRecorder(creating: url, atoms: atoms,
                                                provenance: H5MDProvenance(author: "test", program: "c4s", programVersion: "test"),
                                                flushEvery: 4)
        var steps = 0, lastTotal = 0.0
        let taken = try simulation.run(steps: 100, recordEvery: 2, shouldStop: { steps >= 23 }) { state, o in
            try recorder.record(state, o)
            steps = state.step
            lastTotal = o.totalEnergy
        }
        try recorder.finish()
        #expect(taken == 24 && recorder.frameCount == 13)  // steps 0, 2, …, 24
        let frames = try H5MDFrameReader.read(from: url)
        #expect(frames.frames.count == 13)
        #expect(frames.times?.last.map { abs($0 - 0.024) < 1e-12 } == true)
        #expect(frames.observables.map(\.name).contains("total_energy"))

        let script = """
            import h5py, sys
            f = h5py.File(sys.argv[1], 'r')
            print(f['particles/all/position/value'].shape[0], f['observables/total_energy/value'][-1], f['particles/all/velocity/value'].shape[0])
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, url.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let words = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: " ")
        process.waitUntilExit()
        try #require(process.terminationStatus == 0 && words.count == 3, "h5py could not read \(url.path)")
        #expect(words[0] == "13" && words[2].trimmingCharacters(in: .whitespacesAndNewlines) == "13")
        #expect(abs(Double(words[1])! - lastTotal) < 1e-9 * max(1, abs(lastTotal)))
    }
}
