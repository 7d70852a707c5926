import Testing
import C4SIO
@testable import C4SMolecules

/// Structures the scheme cannot cut are refused with the residue at fault named.
@Suite struct FragmentationErrorTests {
    @Test func uncappedChainNamesTheFirstResidue() throws {
        let chig = try MoleculeFixtures.structure("chig.pdb")
        let uncapped = MoleculeFixtures.filtered(chig) { $0.residueName != "ACE" }
        #expect(throws: FragmentationError.notCapped(residue: "TYR 2", expected: "the first residue must be ACE")) {
            try ProteinFragmentation(uncapped)
        }
    }

    @Test func missingAtomNamesTheResidue() throws {
        let chig = try MoleculeFixtures.structure("chig.pdb")
        let broken = MoleculeFixtures.filtered(chig) { !($0.residueNumber == 7 && $0.name == "HG1") }
        do {
            _ = try ProteinFragmentation(broken)
            Issue.record("a THR without HG1 was accepted")
        } catch {
            #expect(error.description.hasPrefix("residue THR 7: has 13 atoms, a complete THR inside a chain has 14"))
        }
    }

    @Test func nonStandardResidueIsNamed() throws {
        let chig = MoleculeFixtures.renamed(try MoleculeFixtures.structure("chig.pdb"), residue: 4, to: "DPR")
        #expect(throws: FragmentationError.nonStandardResidue(residue: "DPR 4")) { try ProteinFragmentation(chig) }
    }

    @Test func chainBreakIsNamed() throws {
        var chig = try MoleculeFixtures.structure("chig.pdb")
        for i in chig.residues[6].atoms.lowerBound..<chig.atoms.count { chig.positions[i] += SIMD3(5, 0, 0) }
        do {
            _ = try ProteinFragmentation(chig)
            Issue.record("a chain break was accepted")
        } catch {
            #expect(error.description.hasPrefix("residue GLU 6: no peptide bond to THR 7"))
        }
    }
}
