import Foundation

/// The workbench's version and, when known, the git commit it was built from.
public enum SoftwareVersion {
    /// Semantic version of C4S Workbench.
    public static let version = "0.1.0"

    /// The git commit: `$C4S_GIT_COMMIT` if set, else `git rev-parse HEAD` in the repository
    /// (with `-dirty` when the work tree has changes), else nil.
    public static func gitCommit(
        repository: URL? = RepositoryLocator.current(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        if let commit = environment["C4S_GIT_COMMIT"], !commit.isEmpty { return commit }
        guard let repository,
              FileManager.default.fileExists(atPath: repository.appendingPathComponent(".git").path),
              let head = git(["rev-parse", "HEAD"], in: repository), !head.isEmpty
        else { return nil }
        let dirty = git(["status", "--porcelain", "--untracked-files=no"], in: repository).map { !$0.isEmpty } ?? false
        return dirty ? head + "-dirty" : head
    }

    private static func git(_ arguments: [String], in directory: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
