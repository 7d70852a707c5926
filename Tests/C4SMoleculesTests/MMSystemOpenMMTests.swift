import Testing
@testable import C4SMolecules

/// ff14SB energies and forces of whole proteins against OpenMM 7.7 (Reference platform, double
/// precision) on the same PDB files.
@Suite struct MMSystemOpenMMTests {
    @Test(arguments: ["chig.pdb", "trpcage.pdb", "abd.pdb", "A6PA6_alpha.pdb", "adk_open.pdb"])
    func energyPerTermAndForcesMatchOpenMM(file: String) throws {
        let system = try MMTestSupport.system(file)
        let reference = try MMTestSupport.openMMReference(file)
        let result = system.energyAndForces(try MMTestSupport.structure(file).positions)
        for (name, energy) in result.terms {
            let expected = try #require(reference.energies[name], "OpenMM gave no \(name) term")
            #expect(abs(energy - expected) <= 1e-5 * abs(expected), "\(file) \(name): \(energy) vs OpenMM \(expected)")
        }
        #expect(abs(result.total - reference.total) <= 1e-5 * abs(reference.total), "\(file) total: \(result.total) vs OpenMM \(reference.total)")
        let scale = reference.forces.map { $0.map(abs).max()! }.max()!
        let worst = zip(result.forces, reference.forces).map { f, r in
            (0..<3).map { abs(f[$0] - r[$0]) }.max()!
        }.max()!
        #expect(worst <= 1e-5 * scale, "\(file) forces: max |ΔF| \(worst) vs max |F| \(scale) kcal/(mol·Å)")
    }
}
