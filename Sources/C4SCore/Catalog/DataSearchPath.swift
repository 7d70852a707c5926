import Foundation

/// The ordered list of folders in which dataset files are looked up.
///
/// Order (first hit wins): `$C4S_DATA_DIR`, the repository's `datasets/`, the local mirror
/// `../shared/datasets` next to the repository, then the user cache `$XDG_CACHE_HOME/c4s`
/// (or `~/.cache/c4s`). Folders that do not exist are kept in the list so that a
/// missing-file message can name every place that was searched.
public struct DataSearchPath: Sendable, Equatable {
    /// The folders, in lookup order.
    public var roots: [URL]

    /// Creates a search path from explicit folders, in lookup order.
    public init(roots: [URL]) {
        self.roots = roots
    }

    /// The standard search path for a repository root (nil when the binary runs outside a checkout).
    ///
    /// - Parameters:
    ///   - repository: the folder holding `Package.swift` and `datasets/`, if known.
    ///   - environment: process environment; reads `C4S_DATA_DIR`, `XDG_CACHE_HOME` and `HOME`.
    public static func standard(
        repository: URL?,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> DataSearchPath {
        var roots: [URL] = []
        if let dir = environment["C4S_DATA_DIR"], !dir.isEmpty {
            roots.append(URL(fileURLWithPath: dir, isDirectory: true))
        }
        if let repository {
            roots.append(repository.appendingPathComponent("datasets", isDirectory: true))
            roots.append(SharedMirror.directory(repository: repository))
        }
        roots.append(UserCache.directory(environment: environment))
        return DataSearchPath(roots: roots.map { $0.standardizedFileURL })
    }
}
