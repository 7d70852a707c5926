import Testing
@testable import C4SMolecules

/// Assembled forces are the exact negative gradient of the assembled energy, cap hydrogens included.
@Suite struct FragmentAssemblyTests {
    /// Non-bonded parameters that vary by element, so E_MM,nb contributes to both energy and forces.
    static func parameters(_ structure: MolecularStructure) -> NonbondedParameters {
        let q: [Double] = structure.atoms.map { ["H": 0.2, "C": -0.1, "N": -0.3, "O": -0.5, "S": -0.2][$0.element] ?? 0 }
        let sigma: [Double] = structure.atoms.map { $0.element == "H" ? 1.2 : 2.8 }
        let epsilon: [Double] = structure.atoms.map { $0.element == "H" ? 0.02 : 0.1 }
        return NonbondedParameters(charges: q, sigmas: sigma, epsilons: epsilon)
    }

    /// Checked on the atoms of PRO 5 (cut at CA and at N–CD) and GLY 8 (one cut at CA),
    /// which place cap hydrogens of every kind.
    @Test func forcesMatchCentralDifferencesOfTheAssembledEnergy() throws {
        let structure = try MoleculeFixtures.structure("chig.pdb")
        let assembly = FragmentAssembly(fragmentation: try ProteinFragmentation(structure), parameters: Self.parameters(structure))
        let engine = PairPotentialEngine()
        let result = try assembly.evaluate(structure.positions, engine: engine)
        #expect(result.couplingEnergy != 0)
        let h = 1e-5
        var worst = 0.0, largest = 0.0
        for i in [4, 7].flatMap({ structure.residues[$0].atoms }) {
            for axis in 0..<3 {
                var plus = structure.positions, minus = structure.positions
                plus[i][axis] += h
                minus[i][axis] -= h
                let derivative = (try assembly.evaluate(plus, engine: engine).energy - assembly.evaluate(minus, engine: engine).energy) / (2 * h)
                worst = max(worst, abs(-derivative - result.forces[i][axis]))
                largest = max(largest, abs(result.forces[i][axis]))
            }
        }
        #expect(worst < 1e-6 * max(1, largest), "largest deviation \(worst) kcal/mol/Å of forces up to \(largest)")
    }

    @Test func capForceSplitsBetweenTheKeptAndTheRemovedAtom() throws {
        let structure = try MoleculeFixtures.structure("chig.pdb")
        let fragmentation = try ProteinFragmentation(structure)
        let unit = fragmentation.units[0], cap = unit.caps[0]
        let force = SIMD3(0.3, -1.2, 0.7)
        let carried = cap.carry(force, positions: structure.positions)
        let residual = carried.kept + carried.removed - force
        #expect((residual * residual).sum() < 1e-24)
        // The removed atom receives only the part perpendicular to the bond, scaled by d/r.
        let bond = structure.positions[cap.removed] - structure.positions[cap.kept]
        #expect(abs((carried.removed * bond).sum()) < 1e-12)
        #expect((carried.removed * carried.removed).sum() > 0)
    }

    @Test func energyIsDipeptidesMinusACENMEPlusCoupling() throws {
        let structure = try MoleculeFixtures.structure("trpcage.pdb")
        let fragmentation = try ProteinFragmentation(structure)
        let assembly = FragmentAssembly(fragmentation: fragmentation, parameters: Self.parameters(structure))
        let result = try assembly.evaluate(structure.positions, engine: PairPotentialEngine())
        var expected = result.couplingEnergy
        for (unit, evaluation) in zip(fragmentation.units, result.units) {
            expected += unit.kind == .aceNme ? -evaluation.energy : evaluation.energy
        }
        #expect(abs(result.energy - expected) < 1e-9 * abs(expected))
        for k in fragmentation.units.indices {
            let alone = try PairPotentialEngine().evaluate([fragmentation.geometry(ofUnit: k, positions: structure.positions)])
            #expect(alone[0].energy == result.units[k].energy)
        }
    }
}
