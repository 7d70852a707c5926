import C4SCore
import C4SMolecules
import C4SWorkbench
import Foundation
import Testing

/// The `unit-dataset` job: a small ff14SB-labelled run writes the set it reports, refuses to
/// overwrite it unasked (resuming is tested with `UnitTrainingSetLabelling`); unknown kinds and counts are refused naming the parameter.
@Suite struct UnitDatasetJobTests {
    func make(_ arguments: [String: String]) throws -> any Job {
        try UnitDatasetJob.descriptor.makeJob(arguments: arguments, environment: MDJobTests().environment())
    }

    @Test func smallRunWritesTheSetAndRefusesToOverwriteIt() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-units-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: url) }
        let arguments = ["output": url.path, "per-kind": "10", "kinds": "ace-nme", "engine": "mm", "batch": "4"]
        let result = try JobHandle.start(try make(arguments)).wait()
        #expect(result.metric("conformations")?.value == 10 && result.metric("failures")?.value == 0)
        #expect(result.metric("ACE-NME/count")?.summary.hasPrefix("train/validation/test 8/1/1") == true)
        let set = try UnitTrainingSet.read(path: url.path)
        #expect(set.sets.map(\.kind) == [.aceNme] && set.method == "ff14SB (vacuum)")
        #expect(abs(try #require(result.metric("ACE-NME/force_rms")).value - set.sets[0].forceRMS) < 1e-12)

        let again = #expect(throws: JobError.self) { try make(arguments) }
        #expect(again?.description.contains("exists; add --resume to continue it or --replace to start over") == true)
    }

    @Test func unknownKindsAndCountsAreRefused() throws {
        let kind = #expect(throws: JobError.self) { try make(["kinds": "ALA,XYZ", "output": "unused.h5"]) }
        #expect(kind?.description.contains("--kinds: unknown unit kind 'XYZ'; valid: all, ACE-NME, ALA, ARG") == true)
        #expect(throws: (any Error).self) { try make(["per-kind": "5", "output": "unused.h5"]) }
        let both = #expect(throws: JobError.self) { try make(["resume": "true", "replace": "true", "output": "unused.h5"]) }
        #expect(both?.description.contains("--resume and --replace exclude each other") == true)
    }
}
