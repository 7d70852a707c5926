import C4SCore
@testable import C4SMolecules

/// Small inputs for the ML potential tests: a real unit (ACE-GLY-NME of Trp-cage, one carbon
/// relabelled S so every element occurs) and random displacements of it.
enum MLPotentialFixtures {
    /// Species and positions of the unit.
    static func unit() throws -> (species: [Int], positions: [SIMD3<Double>], geometry: UnitGeometry) {
        let structure = try MoleculeFixtures.structure("trpcage.pdb")
        let fragmentation = try ProteinFragmentation(structure)
        let index = fragmentation.units.firstIndex { $0.kind == .dipeptide(.gly) }!
        let geometry = fragmentation.geometry(ofUnit: index, positions: structure.positions)
        var species = geometry.atoms.map { AEVParameters.species(of: $0.element)! }
        species[species.firstIndex(of: 1)!] = 4
        return (species, geometry.positions, geometry)
    }

    /// `positions` with every coordinate moved by a uniform deviate in ±`amplitude` Å (seeded).
    static func displaced(_ positions: [SIMD3<Double>], amplitude: Double, seed: UInt64) -> [SIMD3<Double>] {
        var random = SplitMix64(seed: seed)
        return positions.map { p in
            p + amplitude * SIMD3((0..<3).map { _ in 2 * random.nextUnit() - 1 })
        }
    }
}
