import C4SIO
import Testing
@testable import C4SMolecules

/// Template assignment and the bonded topology: caps and terminal residues, histidine variants,
/// and clear errors naming the residue when a structure cannot be described.
@Suite struct MMTopologyTests {
    @Test func capsAndTerminiGetTheirTemplates() throws {
        let chig = try MMTestSupport.system("chig.pdb")
        #expect(chig.templateNames.first == "ACE")
        #expect(chig.templateNames.last == "NME")
        let abd = try MMTestSupport.system("abd.pdb")
        #expect(abd.templateNames.contains("HIE"))
        let helix = try MMTestSupport.system("A6PA6_alpha.pdb")
        #expect(helix.templateNames.first == "NALA")
        #expect(helix.templateNames.last == "CALA")
    }

    @Test func chignolinHasOneBondPerTemplateBondPlusPeptideBonds() throws {
        let structure = try MMTestSupport.structure("chig.pdb")
        let system = try MMTestSupport.system("chig.pdb")
        let ff = try MMTestSupport.ff14SB.get()
        let templateBonds = system.templateNames.reduce(0) { $0 + ff.templates[$1]!.bonds.count }
        #expect(system.bonds.count == templateBonds + structure.residues.count - 1)
        #expect(system.nonbonded.charges.reduce(0, +).rounded() == -2)  // CLN025 (YYDPETGTWY) with caps: Asp and Glu
    }

    @Test func aMissingAtomIsReportedWithItsResidue() throws {
        let structure = try MMTestSupport.structure("chig.pdb")
        let drop = structure.residues[1].atoms.first { structure.atoms[$0].name == "HA" }!
        let keep = structure.atoms.indices.filter { $0 != drop }
        let broken = MolecularStructure(atoms: keep.map { structure.atoms[$0] }, positions: keep.map { structure.positions[$0] }, source: "chig.pdb")
        #expect(throws: ForceFieldError.self) { try MMSystem(structure: broken, forceField: try MMTestSupport.ff14SB.get()) }
        do {
            _ = try MMSystem(structure: broken, forceField: try MMTestSupport.ff14SB.get())
        } catch {
            let message = String(describing: error)
            #expect(message.contains("TYR 2"), "\(message)")
            #expect(message.contains("missing atoms [HA]"), "\(message)")
        }
    }

    @Test func anUncappedChainEndIsReportedWithItsResidue() throws {
        let structure = try MMTestSupport.structure("chig.pdb")
        let keep = Array(0..<structure.residues.last!.atoms.lowerBound)  // without the NME cap
        let uncapped = MolecularStructure(atoms: keep.map { structure.atoms[$0] }, positions: keep.map { structure.positions[$0] }, source: "chig.pdb")
        do {
            _ = try MMSystem(structure: uncapped, forceField: try MMTestSupport.ff14SB.get())
            Issue.record("a chain ending without cap or OXT was accepted")
        } catch {
            let message = String(describing: error)
            #expect(message.contains("TYR 11") && message.contains("atom C"), "\(message)")
        }
    }
}
