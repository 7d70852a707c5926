import C4SIO
import Foundation
import Testing
@testable import C4SMolecules

/// Source geometries cover the 20 dipeptide kinds and ACE-NME; planned conformations keep bonds
/// sane, cover every origin and are fixed by the seed; the split is by conformation.
@Suite struct UnitConformationPlanTests {
    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/datasets/molecules/\(name)").standardizedFileURL
    }

    /// Sources from chignolin only (ACE-NME and its eight residue kinds), two per kind.
    static let chignolin = Result { try UnitSourceLibrary(capped: [url("chig.pdb")], charmm: [], maximum: 2) }

    /// Small, fast settings: one MD temperature, short runs.
    static func settings(perKind: Int = 20, seed: UInt64 = 7) -> UnitConformationSettings {
        var s = UnitConformationSettings(perKind: perKind, seed: seed)
        s.sourcesPerKind = 2
        s.temperatures = [600]
        s.equilibrationSteps = 40
        s.snapshotInterval = 20
        s.laterTemperatures = [900]
        return s
    }

    static func distance(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> Double {
        let d = a - b
        return (d * d).sum().squareRoot()
    }

    /// The unit topology of `sources` (bonds from ff14SB).
    static func topology(_ sources: UnitSourceLibrary.Sources) throws -> UnitTopology {
        let geometry = UnitGeometry(label: "", atoms: sources.atoms, positions: sources.positions[0], charge: sources.charge)
        let order = MMUnitEngine.residueContiguousOrder(geometry)
        let system = try MMSystem(structure: MolecularStructure(atoms: order.map { sources.atoms[$0] }, positions: order.map { geometry.positions[$0] },
                                                                source: "test"), forceField: AmberForceField.ff14SB())
        return UnitTopology(bonds: system.bonds.map { (order[$0.a], order[$0.b]) }, elements: sources.atoms.map(\.element))
    }

    @Test func sourcesCoverEveryDipeptideAndACENME() throws {
        let library = try UnitSourceLibrary(capped: ["chig.pdb", "trpcage.pdb", "abd.pdb"].map(Self.url), charmm: [Self.url("adk_open.pdb")], maximum: 3)
        #expect(library.sources.keys.map(\.code).sorted() == Array(0...20))
        let met = try #require(library.sources[.dipeptide(.met)])
        #expect(met.atoms.count == 29 && met.positions.count == 3 && met.charge == 0)
        #expect(library.sources[.dipeptide(.lys)]?.charge == 1 && library.sources[.dipeptide(.asp)]?.charge == -1)
        // Every source of a kind has the same atoms, and its ff14SB bonds have sane lengths.
        for sources in library.sources.values {
            let topology = try Self.topology(sources)
            for p in sources.positions {
                for (i, bonded) in topology.neighbours.enumerated() {
                    for j in bonded { #expect((0.9...2.0).contains(Self.distance(p[i], p[j])), "\(sources.kind.label) \(sources.atoms[i].name)-\(sources.atoms[j].name)") }
                }
            }
        }
    }

    /// A real ACE cap names its methyl hydrogens H1…H3, a cut residue's HH31…HH33: both are
    /// HH31…HH33 in a source, so the unit next to the cap is a source like the others.
    @Test func unitsNextToARealCapAreSources() throws {
        let library = try UnitSourceLibrary(capped: ["chig.pdb", "trpcage.pdb", "abd.pdb"].map(Self.url), charmm: [], maximum: 10)
        // Tyrosines of chignolin (one right after the ACE), Trp-cage and ABD: 5 (only 1 matched before).
        let tyr = try #require(library.sources[.dipeptide(.tyr)])
        #expect(tyr.positions.count == 5)
        #expect(tyr.labels.contains { $0.hasPrefix("chig.pdb unit 0 ACE-TYR-NME") })
        let ace = tyr.atoms.filter { $0.residueName == "ACE" }.map(\.name).sorted()
        #expect(ace == ["C", "CH3", "HH31", "HH32", "HH33", "O"])
        let renamed = UnitSourceLibrary.renumbered([AtomRecord(name: "H2", residueName: "ACE", residueNumber: 7, chain: "A", element: "H"),
                                                    AtomRecord(name: "H2", residueName: "TYR", residueNumber: 8, chain: "A", element: "H")])
        #expect(renamed.map(\.name) == ["HH32", "H2"] && renamed.map(\.residueNumber) == [1, 2])
    }

    /// Cystine pairs from every model of the neopetrosiamide NMR ensemble (disulfides 3-26, 7-12;
    /// 18-28 has no residue after 28; 24 models): two ACE-CYX-NME windows joined by SG-SG, planned on ff14SB.
    @Test func cystinePairsComeFromDisulfidesOfAnEnsemble() throws {
        let library = try UnitSourceLibrary(capped: [], charmm: [], disulfide: [Self.url("nmr_neopetrosiamide.pdb")], maximum: 60)
        #expect(library.sources.keys.map(\.code) == [21])
        let pairs = try #require(library.sources[.cystinePair])
        #expect(pairs.positions.count == 48 && pairs.charge == 0 && pairs.atoms.count == 44)
        #expect(pairs.labels.filter { $0.hasSuffix("CYS 7-CYS 12") }.count == 24 && pairs.labels[0] == "nmr_neopetrosiamide.pdb model 1 CYS 3-CYS 26")
        #expect(pairs.atoms.map(\.residueName).filter { $0 == "CYX" }.count == 20 && !pairs.atoms.contains { $0.name == "HG" })
        let sulfur = pairs.atoms.indices.filter { pairs.atoms[$0].name == "SG" }
        for p in pairs.positions { #expect((1.9...2.2).contains(Self.distance(p[sulfur[0]], p[sulfur[1]]))) }
        let topology = try Self.topology(pairs)
        #expect(topology.neighbours[sulfur[0]].contains(sulfur[1]))
        var settings = Self.settings()
        settings.sourcesPerKind = 2
        let few = try UnitSourceLibrary(capped: [], charmm: [], disulfide: [Self.url("nmr_neopetrosiamide.pdb")], maximum: 2)
        let plan = try UnitConformationPlan(sources: #require(few.sources[.cystinePair]), forceField: AmberForceField.ff14SB(), settings: settings)
        #expect(plan.candidates.count == 20 && plan.atoms.count == 44)
    }

    @Test func dihedralRotationKeepsEveryBondLength() throws {
        let sources = try #require(try Self.chignolin.get().sources[.dipeptide(.trp)])
        let topology = try Self.topology(sources)
        // φ, ψ, χ1, χ2, two amide bonds and methyl rotations; the indole ring is not rotatable.
        #expect(topology.rotatable.count >= 6)
        #expect(topology.rotatable.filter(\.stiff).count == 2)
        let p = sources.positions[0]
        for bond in topology.rotatable {
            let q = UnitTopology.rotated(p, about: bond, by: 1.1)
            var moved = 0.0
            for (i, bonded) in topology.neighbours.enumerated() {
                for j in bonded { #expect(abs(Self.distance(q[i], q[j]) - Self.distance(p[i], p[j])) < 1e-12) }
                moved = max(moved, Self.distance(q[i], p[i]))
            }
            #expect(moved > 0.1)
            #expect(!bond.moving.contains(bond.a) && Set(bond.moving).count == bond.moving.count)
        }
    }

    @Test func planCoversEveryOriginWithSaneGeometries() throws {
        let sources = try #require(try Self.chignolin.get().sources[.dipeptide(.tyr)])
        let plan = try UnitConformationPlan(sources: sources, forceField: AmberForceField.ff14SB(), settings: Self.settings())
        #expect(plan.candidates.count == 20)
        #expect(Set(plan.candidates.map(\.origin)) == [.source, .dihedralScan, .hotMD, .displacement])
        #expect(plan.candidates.map(\.split).filter { $0 == .test }.count == 2)
        #expect(plan.candidates.map(\.split).filter { $0 == .validation }.count == 2)
        let topology = try Self.topology(sources)
        let elements = sources.atoms.map(\.element)
        for candidate in plan.candidates {
            #expect(!UnitTopology.hasClash(candidate.positions, elements: elements))
            // The largest bond-length change against the closest source (sources differ in bond lengths).
            let worst = sources.positions.map { source in
                var worst = 0.0
                for (i, bonded) in topology.neighbours.enumerated() {
                    for j in bonded {
                        let reference = Self.distance(source[i], source[j])
                        worst = max(worst, abs(Self.distance(candidate.positions[i], candidate.positions[j]) - reference))
                    }
                }
                return worst
            }.min()!
            // Rotations and sources keep every bond exactly; MD and displacements within 0.35 Å.
            let limit = candidate.origin == .dihedralScan || candidate.origin == .source ? 1e-9 : 0.35
            #expect(worst <= limit, "\(candidate.origin.name): a bond changed by \(worst) Å")
        }
    }

    @Test func planIsFixedBySeedAndSplitIsByConformation() throws {
        let sources = try #require(try Self.chignolin.get().sources[.aceNme])
        let forceField = try AmberForceField.ff14SB()
        let a = try UnitConformationPlan(sources: sources, forceField: forceField, settings: Self.settings())
        let b = try UnitConformationPlan(sources: sources, forceField: forceField, settings: Self.settings())
        let c = try UnitConformationPlan(sources: sources, forceField: forceField, settings: Self.settings(seed: 8))
        #expect(a.candidates == b.candidates)
        #expect(a.candidates.map(\.positions) != c.candidates.map(\.positions))
        // No conformation is in two parts: positions differ between any two candidates.
        for i in a.candidates.indices {
            for j in a.candidates.indices where j > i { #expect(a.candidates[i].positions != a.candidates[j].positions) }
        }
        #expect(a.candidates.map(\.split) == (0..<20).map { $0 % 10 == 9 ? .test : $0 % 10 == 8 ? .validation : .train })
    }

    /// Rounds: a plan for more conformations begins with the plan for fewer; later rounds have no
    /// sources, their own random numbers and a balanced split of their own.
    @Test func largerPlansBeginWithSmallerOnes() throws {
        let sources = try #require(try Self.chignolin.get().sources[.dipeptide(.gly)])
        let forceField = try AmberForceField.ff14SB()
        var small = Self.settings(perKind: 20), large = Self.settings(perKind: 45)
        small.roundSize = 20
        large.roundSize = 20
        let a = try UnitConformationPlan(sources: sources, forceField: forceField, settings: small)
        let b = try UnitConformationPlan(sources: sources, forceField: forceField, settings: large)
        #expect(b.candidates.count == 45 && Array(b.candidates.prefix(20)) == a.candidates)
        let later = b.candidates.dropFirst(20)
        #expect(!later.contains { $0.origin == .source } && Set(later.map(\.origin)) == [.dihedralScan, .hotMD, .displacement])
        #expect(later.map(\.split) == (0..<25).map { $0 % 20 % 10 == 9 ? .test : $0 % 20 % 10 == 8 ? .validation : .train })
        for c in later { #expect(!a.candidates.contains { $0.positions == c.positions }) }
        // The stored description differs in the count only.
        #expect(small.description != large.description)
        #expect(UnitConformationSettings.procedure(of: small.description) == UnitConformationSettings.procedure(of: large.description))
        large.laterStiffAngle = 30
        #expect(UnitConformationSettings.procedure(of: small.description) != UnitConformationSettings.procedure(of: large.description))
    }

    @Test func invalidSettingsAndMissingKindsAreNamed() throws {
        let tooFew = #expect(throws: TrainingDataError.self) { try Self.settings(perKind: 5).validate() }
        #expect(tooFew?.description == "--per-kind 5: must be between 10 and 100000 (at least one conformation per split)")
        let missing = #expect(throws: TrainingDataError.self) {
            try UnitTrainingSetLabelling(library: Self.chignolin.get(), kinds: [.dipeptide(.met)], settings: Self.settings(), forceField: AmberForceField.ff14SB())
        }
        #expect(missing?.location == "ACE-MET-NME")
        #expect(missing?.reason.contains("no source geometry of this kind") == true && missing?.reason.contains("ACE-TYR-NME") == true)
    }
}
