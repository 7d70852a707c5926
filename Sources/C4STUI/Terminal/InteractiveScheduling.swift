import CNcursesW

/// Marks the calling thread, the UI thread, as latency-sensitive for the kernel's scheduler: a short time
/// slice (a normal thread's `sched_runtime`, honoured by the EEVDF scheduler of Linux 6.12 and later), so that
/// when a key wakes it, it preempts CPU-bound threads (the running job's workers and other programs alike)
/// instead of waiting for their slices to end. It does not raise the thread's share of the CPU and needs no
/// privileges; where the kernel does not support it nothing changes.
enum InteractiveScheduling {
    /// The slice asked for, in nanoseconds (0.1 ms, the kernel's minimum).
    static let sliceNanoseconds: UInt64 = 100_000

    /// Applies the short slice to the calling thread. Returns false when the kernel refused or lacks it.
    @discardableResult
    static func apply() -> Bool {
        c4s_request_slice(sliceNanoseconds) == 0
    }
}
