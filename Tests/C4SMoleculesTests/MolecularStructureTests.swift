import Foundation
import Testing
import C4SIO
@testable import C4SMolecules

@Suite struct MolecularStructureTests {
    @Test func chignolinCLN025HasTwelveResiduesWithCapsAndEveryAtomOnce() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/datasets/molecules/chig.pdb").standardizedFileURL
        let structure = MolecularStructure(frames: try PDBFrameReader.read(from: url))
        #expect(structure.atoms.count == 175)
        #expect(structure.residues.map(\.name) == ["ACE", "TYR", "TYR", "ASP", "PRO", "GLU", "THR", "GLY", "THR", "TRP", "TYR", "NME"])
        #expect(structure.residues.map(\.atoms.count).reduce(0, +) == 175)
        #expect(structure.residues[0].atoms == 0..<6)
    }
}
