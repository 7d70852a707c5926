import C4SCore
import C4SIO
import Foundation
import Testing
@testable import C4SMolecules

/// Helpers shared by the MM tests: the ff14SB force field (read once), structures from the shared
/// dataset mirror, and OpenMM (Debian's python3-simtk) as the independent reference.
enum MMTestSupport {
    /// ff14SB, read once for all tests.
    static let ff14SB: Result<AmberForceField, any Error> = Result { try AmberForceField.ff14SB() }

    /// A PDB file of the mirror's `molecules/` folder, required to exist.
    static func moleculeFile(_ name: String) throws -> URL {
        let mirror = try #require(SharedMirror.directory(forFileIn: #filePath), "the repository root was not found above this test file")
        let file = mirror.appendingPathComponent("molecules/\(name)")
        try #require(FileManager.default.fileExists(atPath: file.path), "missing mirrored dataset \(file.path)")
        return file
    }

    /// The first model of a mirrored PDB file.
    static func structure(_ name: String) throws -> MolecularStructure {
        MolecularStructure(frames: try PDBFrameReader.read(from: try moleculeFile(name)))
    }

    /// The ff14SB model of a mirrored PDB file.
    static func system(_ name: String) throws -> MMSystem {
        try MMSystem(structure: try structure(name), forceField: try ff14SB.get())
    }

    /// OpenMM's energies per term, total, forces and time of one evaluation of a mirrored PDB file.
    struct OpenMMReference: Decodable {
        let energies: [String: Double]
        let total: Double
        let forces: [[Double]]
        let seconds_per_evaluation: Double
    }

    /// Runs scripts/openmm-mm-reference.py on a mirrored PDB file with Debian's /usr/bin/python3.
    static func openMMReference(_ name: String) throws -> OpenMMReference {
        let python = URL(fileURLWithPath: "/usr/bin/python3")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../scripts/openmm-mm-reference.py").standardizedFileURL
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path, try moleculeFile(name).path, "1"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "OpenMM reference failed (make setup installs python3-simtk):\n\(message)")
        return try JSONDecoder().decode(OpenMMReference.self, from: data)
    }
}
