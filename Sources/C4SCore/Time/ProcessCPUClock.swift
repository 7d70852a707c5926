import Foundation

/// CPU time consumed by this process (all threads, user + system), in seconds, for rates per
/// CPU-second that do not depend on how busy a shared machine is.
public enum ProcessCPUClock {
    /// CPU seconds used by the process so far.
    public static func seconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
    }

    /// CPU seconds `body` uses (all threads of the process during the call).
    public static func time<T>(_ body: () throws -> T) rethrows -> (value: T, seconds: Double) {
        let start = seconds()
        let value = try body()
        return (value, seconds() - start)
    }
}
