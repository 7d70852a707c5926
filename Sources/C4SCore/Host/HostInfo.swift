import Foundation

/// Facts about the machine a job runs on, recorded in every result's provenance.
public struct HostInfo: Sendable, Equatable, Codable {
    /// Host name.
    public var hostname: String
    /// CPU model string from `/proc/cpuinfo` (`model name`), or "unknown".
    public var cpuModel: String
    /// Logical cores available to this process.
    public var cores: Int
    /// Physical memory in bytes.
    public var memoryBytes: UInt64
    /// Operating system description.
    public var operatingSystem: String

    /// Creates a record from given facts (e.g. for a fixed test host).
    public init(hostname: String, cpuModel: String, cores: Int, memoryBytes: UInt64, operatingSystem: String) {
        self.hostname = hostname
        self.cpuModel = cpuModel
        self.cores = cores
        self.memoryBytes = memoryBytes
        self.operatingSystem = operatingSystem
    }

    /// Reads this machine's facts.
    public static func current() -> HostInfo {
        let info = ProcessInfo.processInfo
        return HostInfo(
            hostname: info.hostName,
            cpuModel: cpuinfoField("model name") ?? "unknown",
            cores: info.activeProcessorCount,
            memoryBytes: info.physicalMemory,
            operatingSystem: info.operatingSystemVersionString)
    }

    /// The value of the first `/proc/cpuinfo` line starting with `field` (e.g. `model name`,
    /// `flags`), trimmed; nil when the file or the field is missing.
    public static func cpuinfoField(_ field: String) -> String? {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix(field) }),
              let colon = line.firstIndex(of: ":")
        else { return nil }
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
}
