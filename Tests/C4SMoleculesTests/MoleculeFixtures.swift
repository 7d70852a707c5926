import Foundation
import C4SIO
@testable import C4SMolecules

/// Structures of the shared molecule datasets, located from this file's path.
enum MoleculeFixtures {
    /// The first frame of `../shared/datasets/molecules/<name>`.
    static func structure(_ name: String) throws -> MolecularStructure {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../shared/datasets/molecules/\(name)").standardizedFileURL
        return MolecularStructure(frames: try PDBFrameReader.read(from: url))
    }

    /// `structure` with the atoms for which `keep` is false removed.
    static func filtered(_ structure: MolecularStructure, keep: (AtomRecord) -> Bool) -> MolecularStructure {
        let kept = structure.atoms.indices.filter { keep(structure.atoms[$0]) }
        return MolecularStructure(atoms: kept.map { structure.atoms[$0] }, positions: kept.map { structure.positions[$0] }, source: structure.source)
    }

    /// `structure` with residue `number` renamed to `name`.
    static func renamed(_ structure: MolecularStructure, residue number: Int, to name: String) -> MolecularStructure {
        let atoms = structure.atoms.map { a in
            a.residueNumber == number ? AtomRecord(name: a.name, residueName: name, residueNumber: a.residueNumber, chain: a.chain, element: a.element) : a
        }
        return MolecularStructure(atoms: atoms, positions: structure.positions, source: structure.source)
    }
}
