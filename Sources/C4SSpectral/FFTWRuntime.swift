import CFFTW
import Foundation

/// The process-wide gate to FFTW's planner. FFTW's planner (plan creation and destruction, wisdom, the
/// thread count) is not thread-safe; executing a finished plan is. Every planner call in this module goes
/// through `withPlanner`, which serialises callers on one lock and calls `fftw_init_threads` once.
enum FFTWRuntime {
    private static let lock = NSLock()
    /// `fftw_init_threads` succeeded; evaluated once, on first use, inside the lock.
    private static let threadsReady: Bool = fftw_init_threads() != 0

    /// Runs `body` while holding the planner lock, after initialising FFTW's threads on first use.
    /// `body` must not call `withPlanner` again (the lock is not recursive).
    static func withPlanner<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        precondition(threadsReady, "fftw_init_threads failed")
        return try body()
    }
}
