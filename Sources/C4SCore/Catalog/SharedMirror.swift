import Foundation

/// The local mirror of real datasets, `../shared/datasets` relative to the repository root.
public enum SharedMirror {
    /// The mirror folder for a repository root, or for the repository found above `start`
    /// (tests pass `#filePath`). Nil when no repository is found.
    public static func directory(forFileIn start: String) -> URL? {
        guard let root = RepositoryLocator.root(from: URL(fileURLWithPath: start)) else { return nil }
        return directory(repository: root)
    }

    /// The mirror folder next to a repository root.
    public static func directory(repository: URL) -> URL {
        repository.deletingLastPathComponent()
            .appendingPathComponent("shared/datasets", isDirectory: true)
    }
}
