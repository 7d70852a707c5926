import C4SCore
import Foundation
import Synchronization

/// What a running job sees of the outside: a cancellation flag and a sink for samples.
///
/// Thread-safe: the job's thread emits and polls; any thread may cancel or drain.
public final class JobContext: Sendable {
    /// The job id, for messages.
    public let jobID: String
    private let cancelled = Atomic<Bool>(false)
    private let buffer = Mutex<[JobSample]>([])
    private let history = Mutex<[JobSample]>([])
    private let start = ContinuousClock.now
    private let onSample: (@Sendable (JobSample) -> Void)?

    /// Creates a context. `onSample`, if given, is called on the job's thread for each sample.
    public init(jobID: String, onSample: (@Sendable (JobSample) -> Void)? = nil) {
        self.jobID = jobID
        self.onSample = onSample
    }

    /// Seconds since the context was created.
    public var elapsed: Double {
        WallClock.seconds(since: start)
    }

    /// Asks the job to stop at its next check. Idempotent.
    public func cancel() {
        cancelled.store(true, ordering: .relaxed)
    }

    /// True once `cancel()` was called.
    public var isCancelled: Bool {
        cancelled.load(ordering: .relaxed)
    }

    /// Throws `JobError.cancelled` if cancellation was requested. Jobs call this between units of work.
    public func checkCancellation() throws {
        if isCancelled { throw JobError.cancelled(job: jobID) }
    }

    /// Records a sample: kept for the result, queued for `drainSamples`, passed to `onSample`.
    public func emit(_ sample: JobSample) {
        buffer.withLock { $0.append(sample) }
        history.withLock { $0.append(sample) }
        onSample?(sample)
    }

    /// Samples emitted since the previous drain, oldest first (for a UI tick).
    public func drainSamples() -> [JobSample] {
        buffer.withLock { b in
            defer { b.removeAll(keepingCapacity: true) }
            return b
        }
    }

    /// Every sample emitted so far, oldest first.
    public var allSamples: [JobSample] {
        history.withLock { $0 }
    }
}
