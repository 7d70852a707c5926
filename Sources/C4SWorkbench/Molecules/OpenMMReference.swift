import C4SCore
import Foundation

/// ff14SB energies and evaluation time of a PDB file from OpenMM 7.7 (Debian's python3-simtk, Reference
/// platform), through the repository's `scripts/openmm-mm-reference.py` run by /usr/bin/python3.
struct OpenMMReference: Decodable {
    /// Energy per term in kcal/mol, named like `MMEvaluation.terms`.
    let energies: [String: Double]
    /// Total potential energy in kcal/mol.
    let total: Double
    /// Mean wall time of one energy+force evaluation in seconds.
    let secondsPerEvaluation: Double
    /// OpenMM's version (e.g. `7.7`).
    let version: String

    enum CodingKeys: String, CodingKey {
        case energies, total
        case secondsPerEvaluation = "seconds_per_evaluation"
        case version = "openmm_version"
    }

    /// Runs the script on `pdb` with `repeats` timed evaluations.
    /// - Throws: `JobError.failed` when the repository, Python or OpenMM is missing or the script fails.
    static func measure(_ pdb: URL, repeats: Int, job: String) throws -> OpenMMReference {
        guard let repository = RepositoryLocator.current() else {
            throw JobError.failed(job: job, reason: "the OpenMM baseline needs the repository's scripts/openmm-mm-reference.py; run from a checkout")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [repository.appendingPathComponent("scripts/openmm-mm-reference.py").path, pdb.path, String(repeats)]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw JobError.failed(job: job, reason: "cannot run /usr/bin/python3 for the OpenMM baseline (make setup installs python3-simtk): \(error)")
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let reference = try? JSONDecoder().decode(OpenMMReference.self, from: data) else {
            throw JobError.failed(job: job, reason: "the OpenMM baseline failed on \(pdb.lastPathComponent) (make setup installs python3-simtk): "
                                  + message.split(separator: "\n").suffix(3).joined(separator: " | "))
        }
        return reference
    }
}
