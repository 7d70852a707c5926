import C4SCore
import C4SDiffusion
import Foundation

/// Where DiG model files are: `datasets/models/dig-<system>-<mode>.h5` in the repository, or a path
/// the user gives (`--model FILE`).
enum DiGModelLocation {
    /// The word that selects the committed model.
    static let committed = "committed"

    /// The model file for `text` (a path, or `committed`).
    /// - Throws: `JobError.failed` when `committed` is asked for outside a repository checkout.
    static func url(_ text: String, system: String, mode: String, job: String) throws -> URL {
        guard text == committed else { return URL(fileURLWithPath: text) }
        guard let root = RepositoryLocator.current() else {
            throw JobError.failed(job: job, reason: "no repository found for the committed model datasets/models/dig-\(system)-\(mode).h5; set C4S_REPO or pass --model FILE")
        }
        return root.appendingPathComponent("datasets/models/dig-\(system)-\(mode).h5")
    }
}

/// Where the alanine dipeptide surface is: `datasets/surfaces/alanine-dipeptide-ff14sb.h5` in the
/// repository, or a path the user gives.
enum DiGSurfaceLocation {
    /// The committed surface's path inside the repository.
    static let committedPath = "datasets/surfaces/alanine-dipeptide-ff14sb.h5"

    /// The surface file for `text` (a path, or `committed`).
    /// - Throws: `JobError.failed` when `committed` is asked for outside a repository checkout.
    static func url(_ text: String, job: String) throws -> URL {
        guard text == DiGModelLocation.committed else { return URL(fileURLWithPath: text) }
        guard let root = RepositoryLocator.current() else {
            throw JobError.failed(job: job, reason: "no repository found for the committed surface \(committedPath); set C4S_REPO or pass a file")
        }
        return root.appendingPathComponent(committedPath)
    }
}

/// The equilibrium system a DiG job names, with the alanine dipeptide surface loaded when needed.
enum DiGSystemChoice {
    /// The system `id` (one of `EquilibriumSystems.ids`), reading a surface from `surface` (a path or `committed`).
    /// - Throws: `JobError.failed` naming the file when the surface cannot be read.
    static func system(_ id: String, surface: String, job: String) throws -> any EquilibriumSystem {
        guard EquilibriumSystems.surfaceIDs.contains(id) else { return try EquilibriumSystems.system(id)! }
        let url = try DiGSurfaceLocation.url(surface, job: job)
        do { return try EquilibriumSystems.system(id, surface: url)! } catch {
            throw JobError.failed(job: job, reason: "cannot read the (φ, ψ) surface \(url.path): \(error); compute it with `c4s dig surface`")
        }
    }
}
