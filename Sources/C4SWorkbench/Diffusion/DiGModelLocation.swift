import C4SCore
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
