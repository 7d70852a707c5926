import Testing
@testable import C4SMolecules

/// E_MM,nb with ff14SB parameters stays bounded when a hydroxyl proton (HO: σ = ε = 0) of one unit
/// is pushed onto a carboxylate oxygen of another — the plain Coulomb sum falls without bound there
/// (what made chignolin NVE on the ML surface explode) — keeps the plain ff14SB energy from 1.2 Å on,
/// and its forces are the gradient inside the core.
@Suite struct NonbondedCoreTests {
    @Test func hydroxylProtonOnACarboxylateOxygenIsBoundedAndExact() throws {
        let structure = try MMTestSupport.structure("chig.pdb")
        let parameters = try MMTestSupport.system("chig.pdb").nonbonded
        let fragmentation = try ProteinFragmentation(structure)
        let coupling = NonbondedCoupling(fragmentation: fragmentation, parameters: parameters)
        let atom = { (residue: String, name: String) in
            structure.atoms.indices.first { structure.atoms[$0].residueName == residue && structure.atoms[$0].name == name }!
        }
        let h = atom("THR", "HG1"), o = atom("ASP", "OD1")
        #expect(parameters.epsilons[h] == 0 && !fragmentation.coveredPairs.contains(min(h, o), max(h, o)))
        let partners = structure.atoms.indices.filter { $0 != h && !fragmentation.coveredPairs.contains(min(h, $0), max(h, $0)) }
        let direction = { () -> SIMD3<Double> in
            let d = structure.positions[h] - structure.positions[o]
            return d / (d * d).sum().squareRoot()
        }()
        /// Positions with the proton `r` Å from the oxygen, and the plain ff14SB pair energy of the proton there.
        func placed(_ r: Double) -> (x: [SIMD3<Double>], plain: Double) {
            var x = structure.positions
            x[h] = x[o] + r * direction
            let plain = partners.reduce(0.0) { sum, j in
                let d = x[h] - x[j]
                return sum + parameters.pairEnergy(h, j, distance: (d * d).sum().squareRoot())
            }
            return (x, plain)
        }
        let reference = placed(2.0)
        let e0 = coupling.energyAndForces(reference.x).energy
        for r in [1.9, 1.6, 1.3, 1.2] {
            let p = placed(r)
            #expect(abs((coupling.energyAndForces(p.x).energy - e0) - (p.plain - reference.plain)) < 1e-9, "r = \(r) Å")
        }
        let atCutoff = coupling.energyAndForces(placed(1.2).x).energy
        let lowest = stride(from: 0.5, through: 1.2, by: 0.05).map { coupling.energyAndForces(placed($0).x).energy }.min()!
        #expect(lowest > atCutoff - 15, "core: lowest \(lowest - atCutoff) kcal/mol below 1.2 Å")
        #expect(placed(0.5).plain < placed(1.2).plain - 50, "without the core the proton falls more than 50 kcal/mol")
        // Central differences of the energy against the force on the proton at 1.0 Å.
        let x = placed(1.0).x, force = coupling.energyAndForces(x).forces[h], step = 1e-6
        for axis in 0..<3 {
            var plus = x, minus = x
            plus[h][axis] += step
            minus[h][axis] -= step
            let derivative = (coupling.energyAndForces(plus).energy - coupling.energyAndForces(minus).energy) / (2 * step)
            #expect(abs(-derivative - force[axis]) < 1e-4 * max(1, abs(force[axis])), "axis \(axis): \(-derivative) vs \(force[axis])")
        }
    }
}
