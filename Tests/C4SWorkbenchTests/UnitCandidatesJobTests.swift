import C4SCore
import C4SIO
import C4SMolecules
import C4SWorkbench
import Foundation
import Testing

/// The `unit-candidates` job: a short hot ff14SB trajectory of chignolin, graded against a small
/// subset of the committed training set with the committed potential, gives per-frame grades and
/// an unlabelled candidate file in the training-set format with the training set's atom order;
/// a missing trajectory is named.
@Suite struct UnitCandidatesJobTests {
    func make(_ id: String, _ arguments: [String: String]) throws -> any Job {
        try JobRegistry.standard.descriptor(id).makeJob(arguments: arguments, environment: MDJobTests().environment())
    }

    @Test func hotTrajectoryGivesGradesAndUnlabelledCandidates() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-al-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let trajectory = directory.appendingPathComponent("hot.h5"), output = directory.appendingPathComponent("candidates.h5")
        _ = try JobHandle.start(try make("md", ["structure": "chig", "engine": "mm", "steps": "40", "every": "10", "temperature": "600",
                                                "trajectory": trajectory.path, "threads": "1"])).wait()
        // A small training set: the first five training conformations of every kind.
        let committed = try UnitTrainingSet.read(path: MMJobTests.repository.appendingPathComponent("datasets/molecules/unit-xtb-training.h5").path)
        var small = committed
        small.sets = committed.sets.map { $0.subset(Array($0.indices(in: .train).prefix(5))) }
        let training = directory.appendingPathComponent("training.h5")
        try small.write(path: training.path)

        let result = try JobHandle.start(try make("unit-candidates", [
            "trajectories": trajectory.path, "output": output.path, "training": training.path, "per-kind": "2", "min-gap": "2", "threads": "2",
        ])).wait()
        let units = try ProteinFragmentation(MolecularStructure(frames: try H5MDFrameReader.read(from: trajectory))).units.count
        #expect(result.metric("units_graded")?.value == Double(5 * units))
        let grades = try #require(result.arrays.first { $0.name == "max_descriptor_grade" })
        #expect(grades.shape == [5])
        #expect(try #require(result.arrays.first { $0.name == "unit_energy" }).shape == [5, units])
        let written = try UnitTrainingSet.read(path: output.path)
        #expect(written.method == UnitCandidateHarvest.unlabelledMethod)
        #expect(Double(written.count) == result.metric("candidates")?.value && written.count > 0)
        #expect(try #require(result.arrays.first { $0.name == "candidate_source" }).shape == [written.count, 4])
        for set in written.sets {
            // The training set's atom list when the candidates match it, else the units' own (same atoms, other names).
            #expect(set.count <= 2 && set.atoms.count == committed.set(of: set.kind)?.atoms.count, "\(set.kind.label)")
            #expect(set.energies.allSatisfy { $0 == 0 })
        }
    }

    @Test func aMissingTrajectoryIsNamed() throws {
        let error = #expect(throws: JobError.self) { try make("unit-candidates", ["trajectories": "/nonexistent/md.h5", "output": "unused.h5"]) }
        #expect(error?.description.contains("/nonexistent/md.h5 does not exist") == true)
    }
}
