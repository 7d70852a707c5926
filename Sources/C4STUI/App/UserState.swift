import Foundation

/// The selections remembered between sessions: section, job, and the parameter text per job.
/// Stored as JSON in `$XDG_CONFIG_HOME/c4s/state.json` (default `~/.config/c4s/state.json`).
public struct UserState: Codable, Equatable, Sendable {
    /// Last section shown.
    public var section: Section = .kernels
    /// Last selected job id.
    public var jobID: String?
    /// Parameter texts by job id, then parameter name.
    public var parameters: [String: [String: String]] = [:]

    /// Empty state.
    public init() {}

    /// The state file for an environment.
    public static func file(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base: URL
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty {
            base = URL(fileURLWithPath: xdg, isDirectory: true)
        } else {
            base = URL(fileURLWithPath: environment["HOME"] ?? NSHomeDirectory(), isDirectory: true).appendingPathComponent(".config")
        }
        return base.appendingPathComponent("c4s/state.json")
    }

    /// Loads the state; a missing file gives the empty state, an unreadable or corrupt one the
    /// empty state and a message saying it was ignored.
    public static func load(from url: URL) -> (state: UserState, message: String?) {
        guard FileManager.default.fileExists(atPath: url.path) else { return (UserState(), nil) }
        do {
            return (try JSONDecoder().decode(UserState.self, from: Data(contentsOf: url)), nil)
        } catch {
            return (UserState(), "ignored \(url.path): not a valid state file (it will be rewritten on exit)")
        }
    }

    /// Saves atomically, creating the folder.
    public func save(to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: url, options: .atomic)
    }
}
