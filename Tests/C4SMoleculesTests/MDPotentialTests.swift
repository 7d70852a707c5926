import C4SIO
import Foundation
import Testing
@testable import C4SMolecules

/// MD on the ff14SB surface of chignolin, and the MD potentials agreeing with their engines.
@Suite struct MDPotentialTests {
    /// NVE (velocity Verlet) from 300 K Maxwell–Boltzmann velocities over 50 fs: the total energy
    /// stays within 0.2 kcal/mol of its start at 0.25 fs while the kinetic energy swaps tens of
    /// kcal/mol with the potential, and its deviation shrinks 4× when the step halves (second order).
    @Test func velocityVerletConservesTheFF14SBEnergyOfChignolin() throws {
        let forceField = try MMTestSupport.ff14SB.get()
        let structure = try MMTestSupport.structure("chig.pdb")
        let system = try MMSystem(structure: structure, forceField: forceField)
        let masses = system.masses(in: forceField)
        let velocities = MaxwellBoltzmann.velocities(masses: masses, temperature: 300, seed: 1)
        func deviation(timeStep: Double) throws -> (worst: Double, kineticRange: Double) {
            var simulation = try MDSimulation(
                potential: MMPotential(system: system), integrator: VelocityVerlet(timeStep: timeStep, masses: masses),
                masses: masses, positions: structure.positions, velocities: velocities)
            let start = simulation.observables.totalEnergy
            var worst = 0.0, low = Double.infinity, high = -Double.infinity
            try simulation.run(steps: Int(50 / timeStep), recordEvery: 1) { _, o in
                worst = max(worst, abs(o.totalEnergy - start))
                (low, high) = (min(low, o.kineticEnergy), max(high, o.kineticEnergy))
            }
            return (worst, high - low)
        }
        let fine = try deviation(timeStep: 0.25), coarse = try deviation(timeStep: 0.5)
        #expect(fine.worst < 0.2, "total energy deviates by up to \(fine.worst) kcal/mol")
        #expect(fine.kineticRange > 10)
        #expect((3...5).contains(coarse.worst / fine.worst), "deviation \(coarse.worst) at 0.5 fs, \(fine.worst) at 0.25 fs")
    }

    /// Masses come from ff14SB's atom types: the standard atomic weights of the elements.
    @Test func massesAreTheStandardAtomicWeights() throws {
        let forceField = try MMTestSupport.ff14SB.get()
        let structure = try MMTestSupport.structure("chig.pdb")
        let masses = try MMSystem(structure: structure, forceField: forceField).masses(in: forceField)
        let weights = ["H": 1.008, "C": 12.01, "N": 14.01, "O": 16.00, "S": 32.06]
        for (atom, mass) in zip(structure.atoms, masses) {
            #expect(abs(mass - weights[atom.element]!) < 0.01, "\(atom.name): \(mass) u")
        }
    }

    /// The assembled and whole-molecule potentials return what their engine and the assembly return.
    @Test func assembledAndWholePotentialsMatchTheirEngine() throws {
        let structure = try MoleculeFixtures.structure("chig.pdb")
        let fragmentation = try ProteinFragmentation(structure)
        let assembly = FragmentAssembly(fragmentation: fragmentation, parameters: FragmentAssemblyTests.parameters(structure))
        let engine = PairPotentialEngine()
        let assembled = try AssembledPotential(assembly: assembly, engine: engine).energyAndForces(structure.positions)
        let reference = try assembly.evaluate(structure.positions, engine: engine)
        #expect(assembled.energy == reference.energy && assembled.forces == reference.forces)
        let whole = try WholeMoleculePotential(fragmentation: fragmentation, engine: engine).energyAndForces(structure.positions)
        let direct = try engine.evaluate([fragmentation.wholeGeometry(positions: structure.positions)])[0]
        #expect(whole.energy == direct.energy && whole.forces == direct.forces)
    }
}
