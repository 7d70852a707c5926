import C4SIO
import Foundation
import Testing
@testable import C4SMolecules

/// Active-learning candidates: conformations inside the training data grade 0, a squeezed one does
/// not; the selection keeps the highest scores per kind, apart in frames and without clashes; the
/// written set orders atoms like the training set's.
@Suite struct UnitCandidateHarvestTests {
    /// A training set of one kind: ACE-GLY-NME of Trp-cage and displacements, labelled by the potential.
    static func training(_ potential: MLUnitPotential) throws -> (UnitConformationSet, UnitGeometry) {
        let structure = try MoleculeFixtures.structure("trpcage.pdb")
        let fragmentation = try ProteinFragmentation(structure)
        let index = fragmentation.units.firstIndex { $0.kind == .dipeptide(.gly) }!
        let geometry = fragmentation.geometry(ofUnit: index, positions: structure.positions)
        let species = geometry.atoms.map { AEVParameters.species(of: $0.element)! }
        let positions = [geometry.positions] + (1...6).map { MLPotentialFixtures.displaced(geometry.positions, amplitude: 0.08, seed: $0) }
        let labels = positions.map { potential.energyAndForces(species: species, positions: $0) }
        let set = UnitConformationSet(kind: .dipeptide(.gly), atoms: UnitSourceLibrary.renumbered(geometry.atoms), charge: geometry.charge,
                                      positions: positions, energies: labels.map(\.energy), forces: labels.map(\.forces),
                                      split: Array(repeating: .train, count: positions.count), origin: Array(repeating: .displacement, count: positions.count))
        return (set, geometry)
    }

    @Test func trainingConformationsGradeZeroAndASqueezedOneDoesNot() throws {
        // Standardised on the training conformations, as a trained potential is.
        var potential = MLUnitPotentialTests.potential(hidden: [8])
        let unlabelled = try Self.training(potential).0
        (potential.featureMean, potential.featureScale) = MLFeatureStatistics.compute([try MLConformationSet(unlabelled)], aev: potential.aev,
                                                                                      limit: 100, workers: 1)
        let (set, geometry) = try Self.training(potential)
        let grade = try MLExtrapolationGrade(potential: potential, sets: [set], workers: 2)
        let inside = try grade.grade((0..<set.count).map(set.geometry), kinds: Array(repeating: set.kind, count: set.count), workers: 2)
        #expect(inside.descriptor.allSatisfy { $0 == 0 } && inside.energy.allSatisfy { $0 == 0 })
        // Push the first hydrogen to 0.75 Å from its nearest heavy atom.
        var squeezed = geometry.positions
        let h = geometry.atoms.firstIndex { $0.element == "H" }!
        let heavy = geometry.atoms.indices.filter { geometry.atoms[$0].element != "H" }.min {
            ((squeezed[$0] - squeezed[h]) * (squeezed[$0] - squeezed[h])).sum() < ((squeezed[$1] - squeezed[h]) * (squeezed[$1] - squeezed[h])).sum()
        }!
        let bond = squeezed[h] - squeezed[heavy]
        squeezed[h] = squeezed[heavy] + bond * (0.75 / (bond * bond).sum().squareRoot())
        let outside = try grade.grade([UnitGeometry(label: "squeezed", atoms: geometry.atoms, positions: squeezed, charge: geometry.charge)],
                                      kinds: [set.kind], workers: 1)
        #expect(outside.descriptor[0] > 1, "descriptor grade \(outside.descriptor[0])")
        #expect(abs(outside.energies[0] - potential.energyAndForces(species: geometry.atoms.map { AEVParameters.species(of: $0.element)! },
                                                                      positions: squeezed).energy) < 1e-6)
    }

    static func candidate(frame: Int, unit: Int, kind: UnitKind, score: Double, geometry: UnitGeometry) -> UnitFrameCandidate {
        UnitFrameCandidate(trajectory: 0, frame: frame, unit: unit, kind: kind, geometry: geometry, energy: 0, descriptorGrade: score, energyGrade: 0)
    }

    @Test func selectionKeepsTheBestPerKindApartInFramesWithoutClashes() throws {
        let (_, geometry) = try Self.training(MLUnitPotentialTests.potential(hidden: [4]))
        var clashing = geometry.positions
        clashing[1] = clashing[0] + SIMD3(0.3, 0, 0)
        let clash = UnitGeometry(label: "clash", atoms: geometry.atoms, positions: clashing, charge: geometry.charge)
        let gly = UnitKind.dipeptide(.gly)
        let candidates = [
            Self.candidate(frame: 0, unit: 1, kind: gly, score: 5, geometry: geometry),
            Self.candidate(frame: 3, unit: 1, kind: gly, score: 9, geometry: geometry),   // best
            Self.candidate(frame: 5, unit: 1, kind: gly, score: 8, geometry: geometry),   // within 10 frames of frame 3
            Self.candidate(frame: 20, unit: 1, kind: gly, score: 7, geometry: geometry),
            Self.candidate(frame: 40, unit: 1, kind: gly, score: 20, geometry: clash),    // clash
            Self.candidate(frame: 5, unit: 2, kind: gly, score: 6, geometry: geometry),   // another unit: not near
            Self.candidate(frame: 9, unit: 3, kind: .aceNme, score: 0, geometry: geometry), // at the threshold
        ]
        let chosen = UnitCandidateHarvest.select(candidates, perKind: 3, minimumGap: 10, threshold: 0)
        #expect(chosen.map { [$0.frame, $0.unit] } == [[3, 1], [5, 2], [20, 1]])
        #expect(clash.positions.count == geometry.positions.count && candidates[4].hasClash && !candidates[0].hasClash)
    }

    @Test func unlabelledSetOrdersAtomsLikeTheTrainingSetAndRoundTrips() throws {
        let (set, geometry) = try Self.training(MLUnitPotentialTests.potential(hidden: [4]))
        // The reference lists the atoms in reverse order.
        let order = Array(set.atoms.indices.reversed())
        let reference = UnitTrainingSet(sets: [UnitConformationSet(kind: set.kind, atoms: order.map { set.atoms[$0] }, charge: set.charge)], method: "GFN2-xTB")
        let foreign = UnitGeometry(label: "other", atoms: Array(geometry.atoms.dropLast()), positions: Array(geometry.positions.dropLast()), charge: 0)
        let chosen = [Self.candidate(frame: 2, unit: 4, kind: set.kind, score: 1, geometry: geometry),
                      Self.candidate(frame: 7, unit: 4, kind: set.kind, score: 1, geometry: foreign)]
        let (written, held, unmatched) = UnitCandidateHarvest.unlabelledSet(chosen, reference: reference, generator: "test")
        #expect(unmatched == 1 && written.count == 1 && written.method == UnitCandidateHarvest.unlabelledMethod)
        #expect(held.map(\.frame) == [2])
        let out = try #require(written.set(of: set.kind))
        #expect(out.atoms == reference.sets[0].atoms)
        #expect(out.positions[0] == order.map { geometry.positions[$0] })
        #expect(out.candidateIndex == [0] && out.energies == [0])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("candidates-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: url) }
        try written.write(path: url.path)
        #expect(try UnitTrainingSet.read(path: url.path) == written)
    }
}
