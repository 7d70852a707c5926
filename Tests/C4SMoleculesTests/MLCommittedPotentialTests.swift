import Foundation
import Testing
@testable import C4SMolecules

/// The committed potential (`datasets/models/ml-unit-potential.h5`, made by
/// `scripts/train-ml-potential.sh`) on the first test conformations of every unit kind of the
/// committed GFN2-xTB set stays within the errors recorded when it was trained (with a margin, since
/// this is a subset of the test split).
@Suite struct MLCommittedPotentialTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardizedFileURL
    /// Bounds for the subset (kcal/mol and kcal/mol/Å): the full test split gave 1.29 kcal/mol and 2.33 kcal/mol/Å.
    static let energyBound = 2.5
    static let forceBound = 3.5

    @Test func testSplitErrorsStayWithinTheRecordedBounds() throws {
        let potential = try MLUnitPotential(reading: Self.repository.appendingPathComponent("datasets/models/ml-unit-potential.h5"))
        let data = try UnitTrainingSet.read(path: Self.repository.appendingPathComponent("datasets/molecules/unit-xtb-training.h5").path)
        let sets = try data.sets.map(MLConformationSet.init)
        let accuracy = MLAccuracy.measure(potential, on: sets, split: .test, limit: 3, workers: 2)
        #expect(accuracy.kinds.count == sets.count)
        #expect(accuracy.overall.energyMAE <= Self.energyBound, "energy MAE \(accuracy.overall.energyMAE) kcal/mol")
        #expect(accuracy.overall.forceMAE <= Self.forceBound, "force MAE \(accuracy.overall.forceMAE) kcal/mol/Å")
    }
}
