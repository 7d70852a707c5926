import Testing
import C4SIO
@testable import C4SMolecules

/// Two cystines joined by a disulfide bond are evaluated as one unit. The structures are chignolin
/// with two of its TYR or THR turned into CYX (side chain cut after CB: TYR CG → SG, THR OG1 → SG,
/// HB → HB2, CG2 → HB3, the rest removed) and their SG placed 2.05 Å apart.
@Suite struct CystinePairTests {
    static func bridged(_ indices: [Int]) throws -> MolecularStructure {
        let chig = try MoleculeFixtures.structure("chig.pdb")
        let spans = indices.map { chig.residues[$0] }
        let cb = spans.map { span in chig.positions[span.atoms.first { chig.atoms[$0].name == "CB" }!] }
        let axis = (cb[1] - cb[0]) / ((cb[1] - cb[0]) * (cb[1] - cb[0])).sum().squareRoot()
        let sulfur = [(cb[0] + cb[1]) / 2 - 1.025 * axis, (cb[0] + cb[1]) / 2 + 1.025 * axis]
        let renamed = ["N": "N", "H": "H", "CA": "CA", "HA": "HA", "CB": "CB", "HB2": "HB2", "HB3": "HB3",
                       "HB": "HB2", "CG2": "HB3", "OG1": "SG", "CG": "SG", "C": "C", "O": "O"]
        var atoms: [AtomRecord] = [], positions: [SIMD3<Double>] = []
        for i in chig.atoms.indices {
            guard let t = spans.firstIndex(where: { $0.atoms.contains(i) }) else {
                atoms.append(chig.atoms[i]); positions.append(chig.positions[i]); continue
            }
            let atom = chig.atoms[i]
            guard let name = renamed[atom.name] else { continue }
            atoms.append(AtomRecord(name: name, residueName: "CYX", residueNumber: atom.residueNumber, chain: atom.chain,
                                    element: name == "SG" ? "S" : name.hasPrefix("H") ? "H" : atom.element))
            positions.append(name == "SG" ? sulfur[t] : chig.positions[i])
        }
        return MolecularStructure(atoms: atoms, positions: positions, source: "chig with a disulfide")
    }

    static func netMultiplicity(_ fragments: ProteinFragmentation) -> [Int] {
        var net = [Int](repeating: 0, count: fragments.atomCount)
        for unit in fragments.units { for i in unit.members { net[i] += unit.kind == .aceNme ? -1 : 1 } }
        return net
    }

    @Test func distantCystinesMergeTheirTwoDipeptides() throws {
        let structure = try Self.bridged([2, 8])
        let fragments = try ProteinFragmentation(structure)
        let n = structure.residues.count
        let pairs = fragments.units.filter { $0.kind == .cystinePair }
        #expect(pairs.count == 1 && pairs[0].residues == [2, 8])
        #expect(pairs[0].atomCount == 2 * (6 + 10 + 6))
        #expect(fragments.units.filter { $0.kind != .aceNme }.count == n - 3)
        #expect(fragments.units.filter { $0.kind == .aceNme }.count == n - 3)
        #expect(Self.netMultiplicity(fragments).allSatisfy { $0 == 1 })
        let sg = structure.atoms.indices.filter { structure.atoms[$0].name == "SG" }
        #expect(fragments.coveredPairs.contains(sg[0], sg[1]))
        #expect(!pairs[0].caps.contains { structure.atoms[$0.removed].name == "SG" })
    }

    @Test func neighbouringCystinesDropTheACENMEUnitBetweenThem() throws {
        let structure = try Self.bridged([1, 2])
        let fragments = try ProteinFragmentation(structure)
        let n = structure.residues.count
        #expect(fragments.units.filter { $0.kind == .cystinePair }.count == 1)
        #expect(fragments.units.filter { $0.kind == .aceNme }.count == n - 4)
        #expect(Self.netMultiplicity(fragments).allSatisfy { $0 == 1 })
    }

    @Test func cystinesTwoApartAndUnpairedCystinesAreNamed() throws {
        #expect(throws: FragmentationError.disulfideTwoApart(residue: "CYX 7", partner: "CYX 9")) { try ProteinFragmentation(Self.bridged([6, 8])) }
        var structure = try Self.bridged([2, 8])
        let sg = structure.atoms.indices.filter { structure.atoms[$0].name == "SG" }
        structure.positions[sg[1]] += SIMD3(3, 0, 0)
        #expect(throws: FragmentationError.unpairedCystine(residue: "CYX 3")) { try ProteinFragmentation(structure) }
    }
}
