import C4SCore
import Foundation
import Testing
@testable import C4SMolecules

/// The whole-protein ML energy (committed weights, every unit of chignolin through one batched
/// `MLUnitEngine` call, cap hydrogens placed from heavy atoms, E_MM,nb) has forces that are its
/// exact negative gradient: central differences of the assembled energy along random directions
/// — over all atoms, over the atoms that place cap hydrogens only, and at a displaced geometry —
/// match −F·d.
@Suite struct MLAssembledGradientTests {
    static func assembly() throws -> (FragmentAssembly, MLUnitEngine, MolecularStructure) {
        let structure = try MoleculeFixtures.structure("chig.pdb")
        let potential = try MLUnitPotential(reading: MLCommittedPotentialTests.repository.appendingPathComponent("datasets/models/ml-unit-potential.h5"))
        let assembly = FragmentAssembly(fragmentation: try ProteinFragmentation(structure), parameters: FragmentAssemblyTests.parameters(structure))
        return (assembly, MLUnitEngine(potential: potential, workers: 2), structure)
    }

    /// A seeded random direction, unit length per atom on `atoms`, zero elsewhere.
    static func direction(count: Int, atoms: [Int], seed: UInt64) -> [SIMD3<Double>] {
        var random = SplitMix64(seed: seed), d = [SIMD3<Double>](repeating: .zero, count: count)
        for i in atoms {
            let v = SIMD3((0..<3).map { _ in 2 * random.nextUnit() - 1 })
            d[i] = v / (v * v).sum().squareRoot()
        }
        return d
    }

    @Test func forcesAreTheGradientAlongRandomDirections() throws {
        let (assembly, engine, structure) = try Self.assembly()
        let n = structure.atoms.count
        let capAtoms = Array(Set(assembly.fragmentation.units.flatMap { $0.caps.flatMap { [$0.kept, $0.removed] } })).sorted()
        let displaced = MLPotentialFixtures.displaced(structure.positions, amplitude: 0.1, seed: 5)
        let cases: [(String, [SIMD3<Double>], [SIMD3<Double>])] = [
            ("all atoms", structure.positions, Self.direction(count: n, atoms: Array(0..<n), seed: 1)),
            ("cap-placing atoms", structure.positions, Self.direction(count: n, atoms: capAtoms, seed: 2)),
            ("all atoms, displaced by 0.1 A", displaced, Self.direction(count: n, atoms: Array(0..<n), seed: 3)),
        ]
        let h = 1e-4
        for (name, x, d) in cases {
            let forces = try assembly.evaluate(x, engine: engine).forces
            let analytic = -zip(forces, d).map { ($0 * $1).sum() }.reduce(0, +)
            let plus = try assembly.evaluate(zip(x, d).map { $0 + h * $1 }, engine: engine).energy
            let minus = try assembly.evaluate(zip(x, d).map { $0 - h * $1 }, engine: engine).energy
            let numeric = (plus - minus) / (2 * h)
            #expect(abs(analytic) > 1, "\(name): directional derivative \(analytic) too small to test")
            #expect(abs(numeric - analytic) <= 1e-5 * max(abs(analytic), 1), "\(name): dE/dh \(numeric) vs -F.d \(analytic) kcal/mol/A")
        }
    }
}
