import Foundation

/// Finds the workbench's repository root: the nearest folder above a start point that holds
/// both `Package.swift` and `datasets/catalog.json`.
public enum RepositoryLocator {
    /// Walks up from `start` (a file or folder) and returns the first repository root, or nil.
    public static func root(from start: URL) -> URL? {
        let fm = FileManager.default
        var dir = start.standardizedFileURL
        var isDir: ObjCBool = false
        if !(fm.fileExists(atPath: dir.path, isDirectory: &isDir) && isDir.boolValue) {
            dir.deleteLastPathComponent()
        }
        while true {
            let catalog = dir.appendingPathComponent("datasets/catalog.json")
            let package = dir.appendingPathComponent("Package.swift")
            if fm.fileExists(atPath: catalog.path), fm.fileExists(atPath: package.path) {
                return dir
            }
            let parent = dir.deletingLastPathComponent()
            if parent.path == dir.path { return nil }
            dir = parent
        }
    }

    /// The repository root for this process: `$C4S_REPO` if set, else searched upward from the
    /// executable's folder, then from the working directory.
    public static func current(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL? {
        if let explicit = environment["C4S_REPO"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit, isDirectory: true).standardizedFileURL
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        if let root = root(from: executable) { return root }
        return root(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
    }
}
