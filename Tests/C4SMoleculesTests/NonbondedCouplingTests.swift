import Foundation
import Testing
@testable import C4SMolecules

/// E_MM,nb through the shared pair sum against a plain double loop over the pairs no unit holds,
/// and MMSystem's pair sum following a change of its parameters.
@Suite struct NonbondedCouplingTests {
    /// Energy from `NonbondedParameters.pairEnergy` and forces from −dE/dr written out with `pow`,
    /// over every pair (i < j) the fragmentation does not cover.
    private static func reference(_ fragmentation: ProteinFragmentation, _ p: NonbondedParameters,
                                  _ x: [SIMD3<Double>]) -> (energy: Double, forces: [SIMD3<Double>]) {
        var energy = 0.0, forces = [SIMD3<Double>](repeating: .zero, count: x.count)
        for i in x.indices {
            for j in (i + 1)..<x.count where !fragmentation.coveredPairs.contains(i, j) {
                let r = ((x[i] - x[j]) * (x[i] - x[j])).sum().squareRoot()
                energy += p.pairEnergy(i, j, distance: r)
                let sigma = (p.sigmas[i] + p.sigmas[j]) / 2, epsilon = (p.epsilons[i] * p.epsilons[j]).squareRoot()
                let dEdr = 4 * epsilon * (-12 * pow(sigma, 12) / pow(r, 13) + 6 * pow(sigma, 6) / pow(r, 7))
                    - NonbondedParameters.coulombConstant * p.charges[i] * p.charges[j] / (r * r)
                let f = -dEdr / r * (x[i] - x[j])
                forces[i] += f
                forces[j] -= f
            }
        }
        return (energy, forces)
    }

    @Test func couplingMatchesThePlainSumOverUncoveredPairs() throws {
        let structure = try MoleculeFixtures.structure("trpcage.pdb")
        let fragmentation = try ProteinFragmentation(structure)
        let parameters = FragmentAssemblyTests.parameters(structure)
        let coupling = NonbondedCoupling(fragmentation: fragmentation, parameters: parameters)
        let (energy, forces) = coupling.energyAndForces(structure.positions)
        let expected = Self.reference(fragmentation, parameters, structure.positions)
        #expect(abs(energy - expected.energy) <= 1e-12 * abs(expected.energy))
        let scale = expected.forces.map { ($0 * $0).sum().squareRoot() }.max()!
        let worst = zip(forces, expected.forces).map { (($0 - $1) * ($0 - $1)).sum().squareRoot() }.max()!
        #expect(worst <= 1e-12 * scale, "largest deviation \(worst) of forces up to \(scale) kcal/mol/Å")
    }

    @Test func changedSystemParametersReachThePairSum() throws {
        var system = try MMTestSupport.system("chig.pdb")
        let positions = try MMTestSupport.structure("chig.pdb").positions
        let before = system.energyAndForces(positions)
        let p = system.nonbonded
        system.nonbonded = NonbondedParameters(charges: p.charges.map { 2 * $0 }, sigmas: p.sigmas, epsilons: p.epsilons)
        let after = system.energyAndForces(positions)
        #expect(abs(after.coulomb - 4 * before.coulomb) <= 1e-12 * abs(4 * before.coulomb))
        #expect(after.lennardJones == before.lennardJones)
    }
}
