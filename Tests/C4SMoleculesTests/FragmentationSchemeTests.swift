import Testing
import C4SIO
@testable import C4SMolecules

/// The AI²BMD scheme on the three capped proteins, checked against counts derived independently
/// from residue positions and atom names.
@Suite struct FragmentationSchemeTests {
    static let proteins = ["chig.pdb", "trpcage.pdb", "abd.pdb"]

    @Test(arguments: proteins) func unitCountsAreNMinusTwoDipeptidesAndNMinusThreeACENME(_ file: String) throws {
        let structure = try MoleculeFixtures.structure(file)
        let fragments = try ProteinFragmentation(structure)
        let n = structure.residues.count
        #expect(fragments.units.filter { $0.kind != .aceNme }.count == n - 2)
        #expect(fragments.units.filter { $0.kind == .aceNme }.count == n - 3)
        #expect(fragments.units.allSatisfy { (12...36).contains($0.atomCount) })
        #expect(fragments.units.filter { $0.kind == .aceNme }.allSatisfy { $0.atomCount == 12 })
    }

    @Test(arguments: proteins) func everyAtomHasTheMultiplicityOfTheScheme(_ file: String) throws {
        let structure = try MoleculeFixtures.structure(file)
        let fragments = try ProteinFragmentation(structure)
        var inDipeptides = [Int](repeating: 0, count: structure.atoms.count)
        var inACENME = inDipeptides
        for unit in fragments.units {
            for i in unit.members {
                if unit.kind == .aceNme { inACENME[i] += 1 } else { inDipeptides[i] += 1 }
            }
        }
        let last = structure.residues.count - 1
        for (r, residue) in structure.residues.enumerated() {
            for i in residue.atoms {
                let expected = Self.expectedMultiplicity(name: structure.atoms[i].name, residue: r, last: last)
                #expect(inDipeptides[i] == expected.dipeptides && inACENME[i] == expected.aceNme,
                        "\(file) \(residue.name) \(residue.number) \(structure.atoms[i].name)")
                #expect(inDipeptides[i] - inACENME[i] == 1)
            }
        }
    }

    /// How many dipeptides and ACE-NME units hold atom `name` of residue `r` (0 = ACE, `last` = NME).
    static func expectedMultiplicity(name: String, residue r: Int, last: Int) -> (dipeptides: Int, aceNme: Int) {
        if r == 0 || r == last { return (1, 0) }
        let hasPrevious = r - 1 >= 1 ? 1 : 0, hasNext = r + 1 <= last - 1 ? 1 : 0
        switch name {
        case "CA", "HA", "HA2", "HA3": return (1 + hasPrevious + hasNext, hasPrevious + hasNext)
        case "C", "O": return (1 + hasNext, hasNext)
        case "N", "H": return (1 + hasPrevious, hasPrevious)
        default: return (1, 0)
        }
    }

    @Test(arguments: proteins) func capHydrogensSitOnTheCutBondAtTheBondLength(_ file: String) throws {
        let structure = try MoleculeFixtures.structure(file)
        let fragments = try ProteinFragmentation(structure)
        let p = structure.positions
        for unit in fragments.units {
            for cap in unit.caps {
                let kept = structure.atoms[cap.kept], removed = structure.atoms[cap.removed]
                let h = cap.position(in: p)
                let bond = p[cap.removed] - p[cap.kept], toH = h - p[cap.kept]
                let length = (toH * toH).sum().squareRoot(), bondLength = (bond * bond).sum().squareRoot()
                #expect(abs(length - (kept.element == "N" ? 1.02 : 1.07)) < 1e-12)
                #expect(bondLength < 1.7, "\(kept.name)–\(removed.name) is a covalent bond")
                #expect(abs((toH * bond).sum() - length * bondLength) < 1e-9, "H lies on the bond, towards the removed atom")
                let cut = "\(kept.name)-\(removed.name)"
                #expect(["CA-N", "CA-C", "CA-CB", "N-CD"].contains(cut), "\(file): cut \(cut)")
                #expect(!unit.members.contains(cap.removed) && unit.members.contains(cap.kept))
            }
        }
    }

    @Test(arguments: proteins) func dipeptidesHaveTwoCapsPerCutResidueOneForGlycineAndThreeOnAProlineNME(_ file: String) throws {
        let structure = try MoleculeFixtures.structure(file)
        let fragments = try ProteinFragmentation(structure)
        let names = structure.residues.map(\.name), last = names.count - 1
        for unit in fragments.units {
            guard case .dipeptide = unit.kind, let i = unit.residues.first else { continue }
            let left = i - 1 == 0 ? 0 : (names[i - 1] == "GLY" ? 1 : 2)
            let right = i + 1 == last ? 0 : (names[i + 1] == "GLY" ? 1 : names[i + 1] == "PRO" ? 3 : 2)
            #expect(unit.caps.count == left + right, "\(file) dipeptide of \(names[i]) \(i)")
        }
    }

    @Test func chargesFollowTheIonisableResidues() throws {
        let structure = try MoleculeFixtures.structure("trpcage.pdb")
        let fragments = try ProteinFragmentation(structure)
        let names = structure.residues.map(\.name)
        for unit in fragments.units {
            if unit.kind == .aceNme {
                #expect(unit.charge == 0)
            } else {
                let expected = ["ASP": -1, "GLU": -1, "LYS": 1, "ARG": 1, "HIP": 1][names[unit.residues[0]]] ?? 0
                #expect(unit.charge == expected, "\(names[unit.residues[0]])")
            }
        }
        #expect(fragments.units.map(\.charge).reduce(0, +) == -1)
    }

    @Test func pairsCoveredByAUnitAreThoseOfNeighbouringResidues() throws {
        let structure = try MoleculeFixtures.structure("chig.pdb")
        let fragments = try ProteinFragmentation(structure)
        let residues = structure.residues
        let cb3 = residues[3].atoms.first { structure.atoms[$0].name == "CB" }!
        let cb4 = residues[4].atoms.first { structure.atoms[$0].name == "CB" }!
        let cb5 = residues[5].atoms.first { structure.atoms[$0].name == "CB" }!
        let ca4 = residues[4].atoms.first { structure.atoms[$0].name == "CA" }!
        #expect(fragments.coveredPairs.contains(cb3, ca4) && fragments.coveredPairs.contains(ca4, cb3))
        #expect(!fragments.coveredPairs.contains(cb3, cb4))
        #expect(!fragments.coveredPairs.contains(cb3, cb5))
        for r in residues { #expect(r.atoms.allSatisfy { i in r.atoms.allSatisfy { j in i == j || fragments.coveredPairs.contains(i, j) } }) }
    }
}
