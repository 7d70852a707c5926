import C4SIO
import Foundation
import Testing
@testable import C4SMolecules

/// The ML unit engine batches every unit of a protein into one pass and gives each unit what the
/// potential gives it alone; a file round trip keeps the potential; foreign elements are refused.
@Suite struct MLUnitEngineTests {
    @Test func batchedUnitsMatchSingleEvaluationsAndSurviveAFileRoundTrip() throws {
        let structure = try MoleculeFixtures.structure("chig.pdb")
        let fragmentation = try ProteinFragmentation(structure)
        let geometries = fragmentation.units.indices.map { fragmentation.geometry(ofUnit: $0, positions: structure.positions) }
        var potential = MLUnitPotentialTests.potential()
        potential.provenance = ["reference": "test"]
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ml-potential-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: url) }
        try potential.write(to: url)
        let engine = try MLUnitEngine(contentsOf: url, workers: 2)
        #expect(engine.potential.provenance == ["reference": "test"])
        let batched = try engine.evaluate(geometries)
        for (geometry, result) in zip(geometries, batched) {
            let species = geometry.atoms.map { AEVParameters.species(of: $0.element)! }
            let single = potential.energyAndForces(species: species, positions: geometry.positions)
            #expect(abs(result.energy - single.energy) <= 1e-9 * abs(single.energy), "\(geometry.label)")
            let worst = zip(result.forces, single.forces).map { (a: SIMD3<Double>, b: SIMD3<Double>) -> Double in
                let d = a - b
                return max(abs(d.x), abs(d.y), abs(d.z))
            }.max()!
            #expect(worst < 1e-9, "\(geometry.label)")
        }
    }

    @Test func anElementOutsideHCNOSIsNamed() throws {
        let atoms = [AtomRecord(name: "C1", residueName: "LIG", residueNumber: 1, chain: "A", element: "C"),
                     AtomRecord(name: "FE", residueName: "LIG", residueNumber: 1, chain: "A", element: "FE")]
        let geometry = UnitGeometry(label: "unit 7 LIG", atoms: atoms, positions: [.zero, [2, 0, 0]], charge: 0)
        let engine = MLUnitEngine(potential: MLUnitPotentialTests.potential(hidden: [4]), workers: 1)
        #expect {
            try engine.evaluate([geometry])
        } throws: { error in
            "\(error)".contains("unit 7 LIG") && "\(error)".contains("atom 2") && "\(error)".contains("H, C, N, O, S")
        }
    }
}
