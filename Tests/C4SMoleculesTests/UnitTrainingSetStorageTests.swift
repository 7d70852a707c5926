import C4SIO
import Foundation
import Testing
@testable import C4SMolecules

/// A training set written to HDF5 reads back identical; malformed files are refused naming the
/// file, the group and what would be valid.
@Suite struct UnitTrainingSetStorageTests {
    /// A temporary folder removed by `body`'s caller.
    static func withFolder(_ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-units-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    /// A small set of the first two units of chignolin (a dipeptide and, last, an ACE-NME), with
    /// made-up labels.
    static func sample() throws -> UnitTrainingSet {
        let structure = try MoleculeFixtures.structure("chig.pdb")
        let fragmentation = try ProteinFragmentation(structure)
        let chosen = [0, fragmentation.units.count - 1]
        let sets = chosen.map { u -> UnitConformationSet in
            let g = fragmentation.geometry(ofUnit: u, positions: structure.positions)
            let atoms = g.atoms.map { AtomRecord(name: $0.name, residueName: $0.residueName, residueNumber: $0.residueNumber, chain: "", element: $0.element) }
            var set = UnitConformationSet(kind: fragmentation.units[u].kind, atoms: atoms, charge: g.charge)
            for c in 0..<5 {
                let shift = SIMD3(Double(c) * 0.01, -0.02, 0.003 * Double(u))
                set.append(positions: g.positions.map { $0 + shift }, energy: -1000 - Double(c) * 0.5,
                           forces: g.positions.map { $0 * 0.1 - shift }, split: UnitDatasetSplit(rawValue: c % 3)!,
                           origin: ConformationOrigin(rawValue: c % 4)!, candidateIndex: 2 * c + 1)
            }
            return set
        }
        return UnitTrainingSet(sets: sets, method: "GFN2-xTB", programVersion: "xtb test", seed: 42, generator: "test")
    }

    @Test func roundTripKeepsEveryField() throws {
        try Self.withFolder { folder in
            let path = folder.appendingPathComponent("set.h5").path
            let set = try Self.sample()
            try set.write(path: path)
            let back = try UnitTrainingSet.read(path: path)
            #expect(back == set)
            #expect(back.sets.map(\.kind) == [.aceNme, .dipeptide(.tyr)])
            #expect(back.set(of: .aceNme)?.subset(.validation).count == 2)
            let names = try HDF5File.open(at: URL(fileURLWithPath: path)).root.openGroup("units").childNames()
            #expect(names == ["00_ACE-NME", "19_ACE-TYR-NME"])
        }
    }

    @Test func missingFileAndForeignFileAreNamed() throws {
        try Self.withFolder { folder in
            let missing = folder.appendingPathComponent("missing.h5").path
            let error = #expect(throws: HDF5Error.self) { try UnitTrainingSet.read(path: missing) }
            #expect(error?.description.contains("missing.h5") == true)
            let foreign = folder.appendingPathComponent("foreign.h5")
            try HDF5File.writeAtomically(to: foreign) { try $0.root.writeDataset("x", values: [1.0], shape: [1]) }
            let refused = #expect(throws: TrainingDataError.self) { try UnitTrainingSet.read(path: foreign.path) }
            #expect(refused?.description.contains("foreign.h5:/") == true)
            #expect(refused?.reason.contains("not a unit training set") == true)
        }
    }

    /// Rewrites one dataset of the ACE-NME group of a valid file and expects `message` in the error.
    func expectRefusal(_ dataset: String, _ values: [Int32], shape: [Int], message: String) throws {
        try Self.withFolder { folder in
            let path = folder.appendingPathComponent("bad.h5").path
            try Self.sample().write(path: path)
            try HDF5File.writeAtomically(to: URL(fileURLWithPath: path), mode: .update) { file in
                let group = try file.root.openGroup("units/00_ACE-NME")
                try group.remove(dataset)
                try group.writeDataset(dataset, values: values, shape: shape)
            }
            let error = #expect(throws: TrainingDataError.self) { try UnitTrainingSet.read(path: path) }
            #expect(error?.location == "\(path):/units/00_ACE-NME")
            #expect(error?.reason.contains(message) == true, "\(String(describing: error))")
        }
    }

    @Test func malformedGroupsAreRefused() throws {
        try expectRefusal("split", [0, 1, 2, 7, 0], shape: [5], message: "split[3] = 7 is not valid (0 train, 1 validation, 2 test)")
        try expectRefusal("origin", [0, 1], shape: [2], message: "origin has shape [2], expected [5]")
        try expectRefusal("candidate_index", [0, 2, 2, 3, 4], shape: [5], message: "not strictly ascending")
        try expectRefusal("atomic_numbers", Array(repeating: 6, count: 12), shape: [12], message: "does not match atomic number")
    }
}
