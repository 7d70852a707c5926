#if canImport(Glibc)
import Glibc
#endif

/// The scheduling priority of single threads, as Linux "nice" values (-20 highest … 19 lowest;
/// 0 is the default). On Linux each thread has its own nice value, new threads start with their
/// creator's, and the scheduler shares a core between runnable threads in proportion to a weight
/// that drops about 1.25x per nice step: a thread at nice 0 that wakes up (a UI reading a key)
/// preempts threads at nice 10 at once and gets about 9x their share of a busy core.
///
/// Raising priority again (a lower nice value) needs privileges (CAP_SYS_NICE or RLIMIT_NICE);
/// without them `set` keeps the lower priority and reports false. On other systems both are no-ops.
public enum ThreadPriority {
    /// The nice value of work started from an interactive UI: low enough that the UI thread
    /// answers keys at once, while the work still gets every core the UI does not use.
    public static let background: Int32 = 10

    /// The calling thread's nice value (0 where thread priorities are not supported).
    public static var current: Int32 {
        #if os(Linux)
        return getpriority(which, 0)
        #else
        return 0
        #endif
    }

    /// Sets the calling thread's nice value to `nice` (clamped to -20...19) if it differs.
    /// Returns true when the thread now runs at `nice`.
    @discardableResult
    public static func set(_ nice: Int32) -> Bool {
        #if os(Linux)
        let target = min(max(nice, -20), 19)
        if getpriority(which, 0) == target { return true }
        return setpriority(which, 0, target) == 0
        #else
        return nice == 0
        #endif
    }

    #if os(Linux)
    /// PRIO_PROCESS with id 0 names the calling thread on Linux, where the nice value is per thread.
    private static let which = __priority_which_t(PRIO_PROCESS.rawValue)
    #endif
}
