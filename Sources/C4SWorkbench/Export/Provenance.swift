import C4SCore
import Foundation

/// Where and with what a result was made: software version and commit, host, CPU, time of export.
/// Written as attributes of every exported result group.
public struct Provenance: Sendable, Equatable {
    /// Workbench version.
    public var softwareVersion: String
    /// Git commit, if known.
    public var gitCommit: String?
    /// Machine facts.
    public var host: HostInfo
    /// When the export was written.
    public var exportedAt: Date

    /// The JSON form printed by `--json` and benchmark reports.
    public var jsonObject: [String: Any] {
        ["software_version": softwareVersion, "git_commit": gitCommit ?? "unknown", "host": host.hostname,
         "cpu_model": host.cpuModel, "cores": host.cores]
    }

    /// The provenance of this process now.
    public static func current() -> Provenance {
        Provenance(softwareVersion: SoftwareVersion.version, gitCommit: SoftwareVersion.gitCommit(),
                   host: .current(), exportedAt: Date())
    }
}
