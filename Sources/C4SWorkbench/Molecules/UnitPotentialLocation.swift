import C4SCore
import C4SMolecules
import Foundation

/// Where the ML unit potential is: the committed `datasets/models/ml-unit-potential.h5` of the
/// repository, or a file the user names.
enum UnitPotentialLocation {
    /// The word that selects the committed potential.
    static let committed = "committed"
    /// The committed potential's path inside the repository.
    static let committedPath = "datasets/models/ml-unit-potential.h5"

    /// The file for `text` (a path, or `committed`).
    /// - Throws: `JobError.failed` when `committed` is asked for outside a repository checkout.
    static func url(_ text: String, job: String) throws -> URL {
        guard text == committed else { return URL(fileURLWithPath: text) }
        guard let root = RepositoryLocator.current() else {
            throw JobError.failed(job: job, reason: "no repository found for the committed potential \(committedPath); set C4S_REPO")
        }
        return root.appendingPathComponent(committedPath)
    }

    /// The engine of the committed potential on `workers` threads.
    /// - Throws: `JobError.failed` naming the file and how to make it when it cannot be read.
    static func committedEngine(workers: Int, job: String) throws -> MLUnitEngine {
        let url = try url(committed, job: job)
        do {
            return try MLUnitEngine(contentsOf: url, workers: workers)
        } catch {
            throw JobError.failed(job: job, reason: "cannot load the ML unit potential \(url.path): \(error); scripts/train-ml-potential.sh makes it")
        }
    }
}
