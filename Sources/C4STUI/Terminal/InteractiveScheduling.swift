import CNcursesW
import Synchronization

/// Marks the calling thread, the UI thread, as latency-sensitive for the kernel's scheduler: a short time
/// slice (a normal thread's `sched_runtime`, honoured by the EEVDF scheduler of Linux 6.12 and later), so that
/// when a key wakes it, it preempts CPU-bound threads (the running job's workers and other programs alike)
/// instead of waiting for their slices to end. It does not raise the thread's share of the CPU and needs no
/// privileges; where the kernel does not support it nothing changes. New threads inherit the slice, so job
/// threads are started through `withDefaultSlice`.
enum InteractiveScheduling {
    /// The slice asked for, in nanoseconds (0.1 ms, the kernel's minimum).
    static let sliceNanoseconds: UInt64 = 100_000
    private static let applied = Atomic<Bool>(false)

    /// Applies the short slice to the calling thread. Returns false when the kernel refused or lacks it.
    @discardableResult
    static func apply() -> Bool {
        let done = c4s_request_slice(sliceNanoseconds) == 0
        applied.store(done, ordering: .relaxed)
        return done
    }

    /// Runs `body`, which starts threads (a job and, through it, its workers), with the kernel's default
    /// slice on the calling thread, so that they do not inherit the UI's short one; then restores it.
    static func withDefaultSlice<T>(_ body: () -> T) -> T {
        guard applied.load(ordering: .relaxed) else { return body() }
        _ = c4s_request_slice(0)
        defer { _ = c4s_request_slice(sliceNanoseconds) }
        return body()
    }
}
