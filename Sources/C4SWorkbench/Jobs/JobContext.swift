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
    /// Every sample so far, and how many of them `drainSamples` has handed out.
    private let samples = Mutex<(all: [JobSample], drained: Int)>(([], 0))
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
        samples.withLock { $0.all.append(sample) }
        onSample?(sample)
    }

    /// Samples emitted since the previous drain, oldest first (for a UI tick).
    public func drainSamples() -> [JobSample] {
        samples.withLock { s in
            defer { s.drained = s.all.count }
            return Array(s.all[s.drained...])
        }
    }

    /// Every sample emitted so far, oldest first.
    public var allSamples: [JobSample] {
        samples.withLock { $0.all }
    }
}
