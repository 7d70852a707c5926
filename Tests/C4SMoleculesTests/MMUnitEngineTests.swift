import Testing
@testable import C4SMolecules

/// ff14SB as a unit engine: every unit of the three proteins matches the ACE-X-NME templates, the
/// whole structure gives MMSystem's own energy, and unit forces are the negative gradient.
@Suite struct MMUnitEngineTests {
    @Test(arguments: ["chig.pdb", "trpcage.pdb", "abd.pdb"]) func everyUnitMatchesTheFF14SBTemplates(_ file: String) throws {
        let structure = try MoleculeFixtures.structure(file)
        let fragmentation = try ProteinFragmentation(structure)
        let engine = MMUnitEngine(forceField: try AmberForceField.ff14SB())
        let geometries = fragmentation.units.indices.map { fragmentation.geometry(ofUnit: $0, positions: structure.positions) }
        let results = try engine.evaluate(geometries)
        #expect(results.count == fragmentation.units.count)
        #expect(results.allSatisfy { $0.energy.isFinite })
    }

    @Test func wholeStructureGivesTheMMSystemEnergy() throws {
        let structure = try MoleculeFixtures.structure("chig.pdb")
        let forceField = try AmberForceField.ff14SB()
        let direct = try MMSystem(structure: structure, forceField: forceField).energyAndForces(structure.positions)
        let fragmentation = try ProteinFragmentation(structure)
        let viaEngine = try MMUnitEngine(forceField: forceField).evaluate([fragmentation.wholeGeometry(positions: structure.positions)])[0]
        #expect(viaEngine.energy == direct.total)
        #expect(viaEngine.forces == direct.forces)
    }

    /// The engine reorders a unit's atoms (caps join their residues); forces must come back in the
    /// unit's order: checked against central differences of the engine's energy.
    @Test func unitForcesAreTheNegativeGradientInTheUnitsAtomOrder() throws {
        let structure = try MoleculeFixtures.structure("trpcage.pdb")
        let fragmentation = try ProteinFragmentation(structure)
        let engine = MMUnitEngine(forceField: try AmberForceField.ff14SB())
        let index = fragmentation.units.firstIndex { $0.kind == .dipeptide(.gly) }!
        let unit = fragmentation.geometry(ofUnit: index, positions: structure.positions)
        let forces = try engine.evaluate([unit])[0].forces
        let h = 1e-5
        for atom in unit.positions.indices {
            for axis in 0..<3 {
                var plus = unit.positions, minus = unit.positions
                plus[atom][axis] += h
                minus[atom][axis] -= h
                let energies = try engine.evaluate([plus, minus].map { UnitGeometry(label: unit.label, atoms: unit.atoms, positions: $0, charge: unit.charge) })
                let derivative = (energies[0].energy - energies[1].energy) / (2 * h)
                #expect(abs(-derivative - forces[atom][axis]) < 1e-4 * max(1, abs(derivative)), "atom \(atom) \(unit.atoms[atom].name) axis \(axis)")
            }
        }
    }
}

/// The engine keeps each atom list's order and system: the same unit again, and the unit with its
/// atoms listed in another order, give the first evaluation's energy and (permuted) forces.
@Suite struct MMUnitEngineCacheTests {
    @Test func repeatedAndReorderedUnitsGiveTheSameEvaluation() throws {
        let structure = try MoleculeFixtures.structure("chig.pdb")
        let fragmentation = try ProteinFragmentation(structure)
        let engine = MMUnitEngine(forceField: try AmberForceField.ff14SB())
        let unit = fragmentation.geometry(ofUnit: 3, positions: structure.positions)
        // Each residue's atoms in reverse (the residues stay in order: the templates match them in turn).
        let residue = unit.atoms.map { "\($0.chain)|\($0.residueNumber)|\($0.residueName)" }
        let permutation = residue.indices.sorted { (residue.firstIndex(of: residue[$0])!, $1) < (residue.firstIndex(of: residue[$1])!, $0) }
        let reordered = UnitGeometry(label: unit.label, atoms: permutation.map { unit.atoms[$0] },
                                     positions: permutation.map { unit.positions[$0] }, charge: unit.charge)
        let results = try engine.evaluate([unit, reordered, unit])
        #expect(results[2].energy == results[0].energy && results[2].forces == results[0].forces)
        #expect(abs(results[1].energy - results[0].energy) <= 1e-12 * abs(results[0].energy))
        let scale = results[0].forces.map { ($0 * $0).sum().squareRoot() }.max()!
        for (k, i) in permutation.enumerated() {
            let d = results[1].forces[k] - results[0].forces[i]
            #expect((d * d).sum().squareRoot() <= 1e-12 * scale, "atom \(i) \(unit.atoms[i].name)")
        }
    }
}
