import C4SCore
import C4SMolecules
import C4SWorkbench
import Foundation
import Testing

/// Candidate files are labelled as `md-frame` conformations in the training set's atom order;
/// training reads several set files merged by kind; the test job measures a potential per kind.
@Suite struct UnitPotentialJobsTests {
    func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-unit-jobs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    func run(_ descriptor: JobDescriptor, _ arguments: [String: String]) throws -> JobResult {
        try JobHandle.start(try descriptor.makeJob(arguments: arguments, environment: MDJobTests().environment())).wait()
    }

    @Test func candidatesAreLabelledTrainedOnAndTested() throws {
        try withFolder { folder in
            let generated = folder.appendingPathComponent("generated.h5").path
            _ = try run(UnitDatasetJob.descriptor, ["output": generated, "per-kind": "20", "kinds": "ace-nme", "engine": "mm", "batch": "10"])
            // Candidates: the generated conformations with their atoms reversed and no labels.
            let source = try #require(try UnitTrainingSet.read(path: generated).set(of: .aceNme))
            let n = source.atoms.count, m = 12
            let reversed = UnitConformationSet(kind: .aceNme, atoms: Array(source.atoms.reversed()), charge: 0,
                                               positions: source.positions.prefix(m).map { Array($0.reversed()) }, energies: Array(repeating: 0, count: m),
                                               forces: Array(repeating: Array(repeating: .zero, count: n), count: m),
                                               split: Array(repeating: .train, count: m), origin: Array(repeating: .hotMD, count: m))
            let candidates = folder.appendingPathComponent("candidates.h5").path
            try UnitTrainingSet(sets: [reversed], method: "unlabelled").write(path: candidates)
            let labelledPath = folder.appendingPathComponent("labelled.h5").path
            let result = try run(UnitDatasetJob.descriptor, ["output": labelledPath, "per-kind": "10", "kinds": "all", "engine": "mm", "candidates": candidates])
            #expect(result.metric("conformations")?.value == 10)
            let labelled = try #require(try UnitTrainingSet.read(path: labelledPath).set(of: .aceNme))
            #expect(labelled.atoms == source.atoms && labelled.origin == Array(repeating: .mdFrame, count: 10))
            #expect(labelled.positions == Array(source.positions.prefix(10)))
            #expect(labelled.split == (0..<10).map { $0 == 9 ? .test : $0 == 8 ? .validation : .train })
            for c in 0..<10 { #expect(abs(labelled.energies[c] - source.energies[c]) < 1e-9) }

            // Two files, one kind with the same atoms: one set of 30 conformations, 3 of them test.
            let model = folder.appendingPathComponent("model.h5").path
            let trained = try run(UnitPotentialTrainJob.descriptor, ["data": "\(generated),\(labelledPath)", "output": model, "hidden": "4",
                                                                       "epochs": "2", "batch": "8", "threads": "1"])
            #expect(trained.metric("test_conformations")?.value == 3)
            let tested = try run(UnitPotentialTestJob.descriptor, ["model": model, "data": "\(generated),\(labelledPath)", "threads": "1"])
            #expect(tested.metric("test_conformations")?.value == 3)
            #expect(abs(try #require(tested.metric("test_energy_mae")).value - trained.metric("test_energy_mae")!.value) < 1e-9)
            #expect(tested.metric("ACE-NME/energy_mae")?.value == tested.metric("test_energy_mae")?.value)
            let validation = try run(UnitPotentialTestJob.descriptor, ["model": model, "data": generated, "split": "validation", "threads": "1"])
            #expect(validation.metric("validation_conformations")?.value == 2)
        }
    }

    @Test func badCandidateFilesAndMixedMethodsAreNamed() throws {
        try withFolder { folder in
            let generated = folder.appendingPathComponent("generated.h5").path
            _ = try run(UnitDatasetJob.descriptor, ["output": generated, "per-kind": "10", "kinds": "ace-nme", "engine": "mm"])
            let set = try UnitTrainingSet.read(path: generated)
            let xtb = folder.appendingPathComponent("xtb.h5").path
            try UnitTrainingSet(sets: set.sets, method: "GFN2-xTB").write(path: xtb)
            let mixed = #expect(throws: JobError.self) {
                try run(UnitPotentialTrainJob.descriptor, ["data": "\(generated),\(xtb)", "output": folder.appendingPathComponent("model.h5").path])
            }
            #expect(mixed?.description.contains("xtb.h5 was labelled with GFN2-xTB, the files before it with ff14SB (vacuum)") == true)
            let wrongKind = #expect(throws: JobError.self) {
                try run(UnitDatasetJob.descriptor, ["output": folder.appendingPathComponent("out.h5").path, "kinds": "ALA", "engine": "mm", "candidates": generated])
            }
            #expect(wrongKind?.description.contains("holds no conformation of the kinds requested (it has ACE-NME 10)") == true)
        }
    }
}
