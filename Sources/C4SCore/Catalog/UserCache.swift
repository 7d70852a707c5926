import Foundation

/// The per-user cache folder of the workbench: `$XDG_CACHE_HOME/c4s`, else `~/.cache/c4s`.
///
/// Holds downloaded datasets, FFTW wisdom and the machine's measured limits.
public enum UserCache {
    /// The cache folder (not created by this call).
    /// - Parameter environment: reads `XDG_CACHE_HOME` and `HOME`.
    public static func directory(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL {
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("c4s", isDirectory: true)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".cache", isDirectory: true)
            .appendingPathComponent("c4s", isDirectory: true)
    }
}
