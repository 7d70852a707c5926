import Foundation
import Testing
import C4SLearn
@testable import C4SMolecules

/// The potential's forces are the exact negative gradient of its energy, and the energy does not
/// change under rotation, translation or a permutation of the atoms.
@Suite struct MLUnitPotentialTests {
    /// A randomly initialised potential with a non-trivial standardisation.
    static func potential(hidden: [Int] = [16, 8]) -> MLUnitPotential {
        var potential = MLUnitPotential(hidden: hidden, seed: 3)
        let d = potential.aev.length
        potential.featureMean = (0..<5).map { (e: Int) -> [Double] in (0..<d).map { (f: Int) -> Double in 0.01 * Double((f + e) % 7) } }
        potential.featureScale = (0..<5).map { (e: Int) -> [Double] in (0..<d).map { (f: Int) -> Double in 0.5 + 0.1 * Double((f * 3 + e) % 5) } }
        potential.selfEnergies = [-300, -23_000, -34_000, -47_000, -250_000]
        return potential
    }

    @Test func forcesAreTheNegativeGradientOfTheEnergy() throws {
        let (species, positions, _) = try MLPotentialFixtures.unit()
        var potential = Self.potential(), h = 1e-5
        // Without the constant self-energies (~10⁵ kcal/mol), whose rounding would swamp the differences.
        potential.selfEnergies = potential.selfEnergies.map { _ in 0 }
        let forces = potential.energyAndForces(species: species, positions: positions).forces
        var worst = 0.0, largest = 0.0
        for atom in positions.indices {
            for axis in 0..<3 {
                var plus = positions, minus = positions
                plus[atom][axis] += h
                minus[atom][axis] -= h
                let ep = potential.energyAndForces(species: species, positions: plus).energy
                let em = potential.energyAndForces(species: species, positions: minus).energy
                worst = max(worst, abs(-(ep - em) / (2 * h) - forces[atom][axis]))
                largest = max(largest, abs(forces[atom][axis]))
            }
        }
        #expect(largest > 1e-3)
        #expect(worst <= 1e-6 * largest, "max |F + dE/dR| \(worst) vs max |F| \(largest)")
    }

    @Test func energyIsInvariantUnderRotationTranslationAndPermutation() throws {
        let (species, positions, _) = try MLPotentialFixtures.unit()
        let potential = Self.potential()
        let energy = potential.energyAndForces(species: species, positions: positions).energy
        let (c, s) = (cos(0.7), sin(0.7))
        let moved = positions.map { p in SIMD3(c * p.x - s * p.z, p.y, s * p.x + c * p.z) + SIMD3(3.1, -2, 0.4) }
        let order = Array(positions.indices.reversed())
        let permuted = potential.energyAndForces(species: order.map { species[$0] }, positions: order.map { moved[$0] }).energy
        let rotated = potential.energyAndForces(species: species, positions: moved).energy
        #expect(abs(rotated - energy) < 1e-9 * abs(energy))
        #expect(abs(permuted - energy) < 1e-9 * abs(energy))
        #expect(abs(energy - potential.selfEnergy(of: species)) > 1e-6)
    }

    /// The exact weight gradient of the energy-and-force loss (tangent propagation through the
    /// networks) against central differences of the loss.
    @Test func forceLossWeightGradientMatchesCentralDifferences() throws {
        let (species, positions, _) = try MLPotentialFixtures.unit()
        let conformations = (0..<2).map { MLPotentialFixtures.displaced(positions, amplitude: 0.05, seed: UInt64($0)) }
        let reference = Self.potential(hidden: [6])
        let labels = conformations.map { reference.energyAndForces(species: species, positions: $0) }
        let set = try MLConformationSet(label: "ACE-GLY-NME", elements: species.map { AEVParameters.elements[$0] },
                                        positions: conformations, energies: labels.map { $0.energy - reference.selfEnergy(of: species) + 2 },
                                        forces: labels.map { $0.forces.map { $0 * 0.7 + SIMD3(0.3, 0, -0.2) } },
                                        split: [.train, .train])
        var potential = Self.potential(hidden: [6])
        potential.selfEnergies = reference.selfEnergies.map { _ in 0 }
        potential.networks = potential.networks.enumerated().map { e, n in
            DenseNetwork(layerSizes: n.layerSizes, hidden: .silu, seed: 40 + UInt64(e))
        }
        let trainer = MLTrainingBatch(potential: potential, workers: 1)
        let samples = [MLSampleIndex(set: 0, conformation: 0), MLSampleIndex(set: 0, conformation: 1)]
        let (_, gradient) = trainer.loss(samples, of: [set], forceWeight: 0.5, gradient: true)
        let parameters = trainer.parameters, h = 1e-6
        var checked = 0
        for index in stride(from: 7, to: parameters.count, by: 797) {
            var plus = parameters, minus = parameters
            plus[index] += h
            minus[index] -= h
            trainer.parameters = plus
            let lp = trainer.loss(samples, of: [set], forceWeight: 0.5, gradient: false).loss
            trainer.parameters = minus
            let lm = trainer.loss(samples, of: [set], forceWeight: 0.5, gradient: false).loss
            let fd = (lp - lm) / (2 * h)
            #expect(abs(fd - gradient[index]) <= 1e-6 * max(abs(fd), 1e-3), "parameter \(index): FD \(fd) vs exact \(gradient[index])")
            if gradient[index] != 0 { checked += 1 }
        }
        trainer.parameters = parameters
        #expect(checked >= 6)
        // Later calls reuse the cached descriptors: the same loss and gradient as a fresh computation.
        let fresh = MLTrainingBatch(potential: trainer.batch.potential, workers: 1, caching: false)
        let cached = trainer.loss(samples, of: [set], forceWeight: 0.5, gradient: true)
        let computed = fresh.loss(samples, of: [set], forceWeight: 0.5, gradient: true)
        #expect(cached.loss == computed.loss && cached.gradient == computed.gradient && cached.gradient == gradient)
        let reversed = trainer.loss(samples.reversed(), of: [set], forceWeight: 0.5, gradient: false).loss
        #expect(abs(reversed - computed.loss) <= 1e-12 * abs(computed.loss))
    }
}
