import Foundation
import Testing
import C4SIO
@testable import C4SMolecules

/// The xtb engine against xtb itself: gradient against differences of its energies, the assembled
/// energy of a small capped peptide against whole-molecule xtb, and its errors.
@Suite(.serialized) struct XTBUnitEngineTests {
    /// ACE-TYR-TYR-ASP-NME cut out of chignolin: residues ACE…ASP 4 whole, PRO 5 cut at CA into an NME.
    static func cappedTetrapeptide() throws -> MolecularStructure {
        let chig = try MoleculeFixtures.structure("chig.pdb")
        let pro = chig.residues[4]
        let index = Dictionary(uniqueKeysWithValues: pro.atoms.map { (chig.atoms[$0].name, $0) })
        let nme = ProteinUnit(kind: .aceNme, residues: [4], members: [index["N"]!, index["CA"]!, index["HA"]!],
                              caps: [CapHydrogen(kept: index["N"]!, removed: index["CD"]!, bondLength: 1.02),
                                     CapHydrogen(kept: index["CA"]!, removed: index["C"]!, bondLength: 1.07),
                                     CapHydrogen(kept: index["CA"]!, removed: index["CB"]!, bondLength: 1.07)],
                              charge: 0)
        let names = ["N", "CH3", "HH31", "H", "HH32", "HH33"], elements = ["N", "C", "H", "H", "H", "H"]
        let nmeAtoms = zip(names, elements).map { AtomRecord(name: $0, residueName: "NME", residueNumber: 5, chain: "", element: $1) }
        let kept = 0..<pro.atoms.lowerBound
        return MolecularStructure(atoms: Array(chig.atoms[kept]) + nmeAtoms,
                                  positions: Array(chig.positions[kept]) + nme.positions(from: chig.positions), source: "chig 1-4")
    }

    @Test func forcesAreTheNegativeGradientOfTheEnergy() throws {
        let chig = try MoleculeFixtures.structure("chig.pdb")
        let unit = try ProteinFragmentation(chig).geometry(ofUnit: 0, positions: chig.positions)
        let engine = try XTBUnitEngine(workers: 2)
        let forces = try engine.evaluate([unit])[0].forces
        var rng = SystemRandomNumberGenerator()
        let direction = unit.positions.map { _ in SIMD3(Double.random(in: -1...1, using: &rng), .random(in: -1...1, using: &rng), .random(in: -1...1, using: &rng)) }
        let h = 1e-3
        let displaced = [h, -h].map { s in
            UnitGeometry(label: unit.label, atoms: unit.atoms, positions: zip(unit.positions, direction).map { $0 + s * $1 }, charge: unit.charge)
        }
        let energies = try engine.evaluate(displaced).map(\.energy)
        let derivative = (energies[0] - energies[1]) / (2 * h)
        let predicted = -zip(forces, direction).map { ($0 * $1).sum() }.reduce(0, +)
        #expect(abs(derivative - predicted) < 0.01 * abs(predicted) + 0.01, "finite difference \(derivative), from forces \(predicted) kcal/mol/Å")
        let net = forces.reduce(SIMD3<Double>.zero, +)
        #expect((net * net).sum().squareRoot() < 1e-3)
    }

    @Test func assembledTetrapeptideIsCloseToWholeMoleculeXTB() throws {
        let peptide = try Self.cappedTetrapeptide()
        let fragmentation = try ProteinFragmentation(peptide)
        #expect(fragmentation.units.count == 5)
        let none = NonbondedParameters(charges: .init(repeating: 0, count: peptide.atoms.count),
                                       sigmas: .init(repeating: 0, count: peptide.atoms.count),
                                       epsilons: .init(repeating: 0, count: peptide.atoms.count))
        let engine = try XTBUnitEngine(workers: 2)
        let assembled = try FragmentAssembly(fragmentation: fragmentation, parameters: none).evaluate(peptide.positions, engine: engine)
        let whole = try engine.evaluate([fragmentation.wholeGeometry(positions: peptide.positions)])[0]
        let perAtom = abs(assembled.energy - whole.energy) / Double(peptide.atoms.count)
        let squared = zip(assembled.forces, whole.forces).map { (($0 - $1) * ($0 - $1)).sum() }.reduce(0, +)
        let forceRMSE = (squared / Double(3 * peptide.atoms.count)).squareRoot()
        // Without E_MM,nb the units miss the TYR 2 – ASP 4 interaction: 6.9 kcal/mol (0.105 per atom)
        // and a force RMSE of 1.3 kcal/mol/Å; a lost unit or a wrong sign would be thousands.
        #expect(perAtom < 0.2, "assembled \(assembled.energy), whole \(whole.energy) kcal/mol")
        #expect(forceRMSE < 2.5)
    }

    @Test func cachedGeometriesAreNotRecomputed() throws {
        let chig = try MoleculeFixtures.structure("chig.pdb")
        let unit = try ProteinFragmentation(chig).geometry(ofUnit: 10, positions: chig.positions)
        let engine = try XTBUnitEngine(workers: 1)
        let first = try engine.evaluate([unit])[0], second = try engine.evaluate([unit])[0]
        #expect(first.seconds > 0 && second.seconds == 0)
        #expect(first.energy == second.energy && first.forces == second.forces)
    }

    @Test func missingXTBSaysHowToInstallIt() {
        #expect(throws: XTBError.notInstalled(searched: "/nonexistent")) { try XTBUnitEngine(path: "/nonexistent") }
        #expect(XTBError.notInstalled(searched: "/x").description.contains("install xtb (make setup)"))
    }

    @Test func failureReportsTheEndOfXTBsOutput() throws {
        let bad = UnitGeometry(label: "two overlapping atoms", atoms: [AtomRecord(name: "X", residueName: "", residueNumber: 0, chain: "", element: "Qq"),
                                                                       AtomRecord(name: "H", residueName: "", residueNumber: 0, chain: "", element: "H")],
                               positions: [.zero, SIMD3(0.7, 0, 0)], charge: 0)
        do {
            _ = try XTBUnitEngine(workers: 1).evaluate([bad])
            Issue.record("xtb accepted an unknown element")
        } catch let error as XTBError {
            guard case .failed(let label, _, let tail) = error else { Issue.record("\(error)"); return }
            #expect(label == "two overlapping atoms" && !tail.isEmpty)
        }
    }

    @Test func timeOutKillsTheProcess() throws {
        let chig = try MoleculeFixtures.structure("chig.pdb")
        let unit = try ProteinFragmentation(chig).geometry(ofUnit: 0, positions: chig.positions)
        #expect(throws: XTBError.timedOut(label: unit.label, seconds: 0.001)) {
            try XTBUnitEngine(workers: 1, timeout: 0.001).evaluate([unit])
        }
    }
}
