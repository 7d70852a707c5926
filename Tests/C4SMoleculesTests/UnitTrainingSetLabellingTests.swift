import C4SIO
import Foundation
import Testing
@testable import C4SMolecules

/// Labelling writes as it goes: a run stopped part way and resumed gives the file an
/// uninterrupted run gives; a file made with other settings is not resumed.
@Suite struct UnitTrainingSetLabellingTests {
    struct Stop: Error {}

    static func labelling(seed: UInt64 = 7) throws -> UnitTrainingSetLabelling {
        try UnitTrainingSetLabelling(library: UnitConformationPlanTests.chignolin.get(), kinds: [.aceNme, .dipeptide(.gly)],
                                     settings: UnitConformationPlanTests.settings(perKind: 10, seed: seed), forceField: AmberForceField.ff14SB())
    }

    @Test func resumedRunEqualsUninterruptedRun() throws {
        let labelling = try Self.labelling()
        let engine = MMUnitEngine(forceField: try AmberForceField.ff14SB())
        try UnitTrainingSetStorageTests.withFolder { folder in
            let whole = folder.appendingPathComponent("whole.h5").path, parts = folder.appendingPathComponent("parts.h5").path
            let full = try labelling.run(path: whole, engine: engine, method: "ff14SB", programVersion: "test", resume: false, batchSize: 3) { _, _ in }
            #expect(full.set.count == 20 && full.labelled == 20 && full.failures.isEmpty)
            #expect(throws: Stop.self) {
                try labelling.run(path: parts, engine: engine, method: "ff14SB", programVersion: "test", resume: false, batchSize: 3) { done, _ in
                    if done >= 8 { throw Stop() }
                }
            }
            let partial = try UnitTrainingSet.read(path: parts)
            #expect(partial.count == 6 && partial.sets.map(\.count) == [3, 3])  // two complete batches
            let resumed = try labelling.run(path: parts, engine: engine, method: "ff14SB", programVersion: "test", resume: true, batchSize: 4) { _, _ in }
            #expect(resumed.resumed == 6 && resumed.labelled == 14)
            #expect(try UnitTrainingSet.read(path: parts) == UnitTrainingSet.read(path: whole))
            #expect(try UnitTrainingSet.read(path: whole) == full.set)
            // The energies are the engine's for the stored positions.
            let set = try #require(full.set.set(of: .dipeptide(.gly)))
            #expect(try engine.evaluate([set.geometry(4)])[0].energy == set.energies[4])
        }
    }

    /// A set resumed with a larger --per-kind grows by the new conformations only and equals a set
    /// made at that size in one run; a smaller --per-kind is refused.
    @Test func resumingWithMoreConformationsGrowsTheSet() throws {
        let engine = MMUnitEngine(forceField: try AmberForceField.ff14SB())
        func labelling(_ perKind: Int) throws -> UnitTrainingSetLabelling {
            var settings = UnitConformationPlanTests.settings(perKind: perKind)
            settings.roundSize = 10
            return try UnitTrainingSetLabelling(library: UnitConformationPlanTests.chignolin.get(), kinds: [.aceNme, .dipeptide(.gly)],
                                                settings: settings, forceField: AmberForceField.ff14SB())
        }
        try UnitTrainingSetStorageTests.withFolder { folder in
            let grown = folder.appendingPathComponent("grown.h5").path, whole = folder.appendingPathComponent("whole.h5").path
            _ = try labelling(10).run(path: grown, engine: engine, method: "ff14SB", programVersion: "test", resume: false, batchSize: 4) { _, _ in }
            let more = try labelling(16).run(path: grown, engine: engine, method: "ff14SB", programVersion: "test", resume: true, batchSize: 4) { _, _ in }
            #expect(more.resumed == 20 && more.labelled == 12 && more.set.sets.map(\.count) == [16, 16])
            let once = try labelling(16).run(path: whole, engine: engine, method: "ff14SB", programVersion: "test", resume: false, batchSize: 5) { _, _ in }
            #expect(try UnitTrainingSet.read(path: grown) == once.set)
            let fewer = #expect(throws: TrainingDataError.self) {
                try labelling(12).run(path: grown, engine: engine, method: "ff14SB", programVersion: "test", resume: true, batchSize: 4) { _, _ in }
            }
            #expect(fewer?.reason.contains("conformation 12, beyond the 12 planned; give a --per-kind of at least 13") == true)
        }
    }

    @Test func otherSettingsOrAnUnreadableFileAreNotResumed() throws {
        let engine = MMUnitEngine(forceField: try AmberForceField.ff14SB())
        try UnitTrainingSetStorageTests.withFolder { folder in
            let path = folder.appendingPathComponent("set.h5").path
            _ = try Self.labelling().run(path: path, engine: engine, method: "ff14SB", programVersion: "test", resume: false, batchSize: 5) { _, _ in }
            let other = #expect(throws: TrainingDataError.self) {
                try Self.labelling(seed: 8).run(path: path, engine: engine, method: "ff14SB", programVersion: "test", resume: true, batchSize: 5) { _, _ in }
            }
            #expect(other?.location == path && other?.reason.contains("seed 7") == true && other?.reason.contains("seed 8") == true)
            let method = #expect(throws: TrainingDataError.self) {
                try Self.labelling().run(path: path, engine: engine, method: "GFN2-xTB", programVersion: "test", resume: true, batchSize: 5) { _, _ in }
            }
            #expect(method?.reason.contains("was labelled with ff14SB, not GFN2-xTB") == true)
            let garbage = folder.appendingPathComponent("garbage.h5")
            try Data("not hdf5".utf8).write(to: garbage)
            let unreadable = #expect(throws: HDF5Error.self) {
                try Self.labelling().run(path: garbage.path, engine: engine, method: "ff14SB", programVersion: "test", resume: true, batchSize: 5) { _, _ in }
            }
            #expect(unreadable?.description.contains("garbage.h5") == true)
        }
    }

    /// Real GFN2-xTB on the ten ACE-NME conformations: stored energies are xtb's, forces sum to zero.
    @Test(.enabled(if: (try? XTBUnitEngine()) != nil, "xtb is not installed"))
    func xtbLabelsACENME() throws {
        let labelling = try UnitTrainingSetLabelling(library: UnitConformationPlanTests.chignolin.get(), kinds: [.aceNme],
                                                     settings: UnitConformationPlanTests.settings(perKind: 10), forceField: AmberForceField.ff14SB())
        let engine = try XTBUnitEngine(workers: 2)
        try UnitTrainingSetStorageTests.withFolder { folder in
            let path = folder.appendingPathComponent("xtb.h5").path
            let outcome = try labelling.run(path: path, engine: engine, method: "GFN2-xTB", programVersion: "xtb", resume: false, batchSize: 10) { _, _ in }
            let set = try #require(try UnitTrainingSet.read(path: path).set(of: .aceNme))
            #expect(set.count == 10 && outcome.failures.isEmpty)
            for forces in set.forces {
                let net = forces.reduce(SIMD3<Double>.zero, +)
                #expect((net * net).sum().squareRoot() < 0.05)
            }
            // N-methylacetamide, GFN2-xTB: about −16.98 hartree; conformations within tens of kcal/mol.
            #expect(set.energies.allSatisfy { abs($0 / EnergyUnits.kcalPerMolPerHartree + 16.98) < 0.3 })
            #expect(set.energySpread > 0.5 && set.energySpread < 60)
        }
    }
}
