import Foundation

/// Whether `c4s bench --machine` may store the limits it measured in the user cache, judged by the machine's load
/// when the measurement starts: limits measured while other processes compete for the cores understate the machine,
/// and every benchmark that reports fractions of them would then look better than it is.
public struct MachineLoadGuard: Sendable, Equatable {
    /// 1-minute load average (runnable and uninterruptible tasks, from /proc/loadavg); nil when unknown.
    public let oneMinuteLoad: Double?
    /// Cores of the machine (>= 1).
    public let cores: Int

    /// A guard for a given load and core count (tests inject these).
    public init(oneMinuteLoad: Double?, cores: Int) {
        self.oneMinuteLoad = oneMinuteLoad
        self.cores = max(1, cores)
    }

    /// This machine now: /proc/loadavg (nil load where it is missing, e.g. off Linux) and the active cores.
    public static func current() -> MachineLoadGuard {
        let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)
        return MachineLoadGuard(oneMinuteLoad: text.flatMap(oneMinuteLoad(fromLoadavg:)),
                                cores: ProcessInfo.processInfo.activeProcessorCount)
    }

    /// The first field of /proc/loadavg text such as "2.37 1.77 1.55 9/132 26850"; nil when it is not a finite,
    /// non-negative number.
    public static func oneMinuteLoad(fromLoadavg text: String) -> Double? {
        guard let field = text.split(whereSeparator: \.isWhitespace).first, let load = Double(field),
              load.isFinite, load >= 0 else { return nil }
        return load
    }

    /// True when the 1-minute load exceeds the core count (false when the load is unknown).
    public var isLoaded: Bool { (oneMinuteLoad ?? 0) > Double(cores) }

    /// What to do with the measured limits: keep an existing cache when the machine was loaded, unless forced.
    public func decision(cacheExists: Bool, force: Bool) -> MachineCacheDecision {
        isLoaded && cacheExists && !force ? .keepExisting : .store
    }

    /// The warning to print on a loaded machine, nil on a quiet one.
    public var warning: String? {
        guard isLoaded, let load = oneMinuteLoad else { return nil }
        return String(format: "warning: the 1-minute load is %.2f on %d cores: other processes compete for the machine, "
                      + "so the bandwidth and DGEMM figures will understate it", load, cores)
    }
}

/// The outcome of `MachineLoadGuard.decision`.
public enum MachineCacheDecision: Sendable, Equatable {
    /// Store the limits (quiet machine, no earlier cache, or `--force`).
    case store
    /// Leave the existing cache as it is (loaded machine, no `--force`).
    case keepExisting
}
