import C4SCore
import Foundation
import Synchronization

/// Runs a job on its own thread so that a UI stays responsive, with cancellation and a sample feed.
public final class JobHandle: Sendable {
    /// The job being run.
    public let job: any Job
    /// The context the job reports into: poll `drainSamples()` on each UI tick, call `cancel()` to stop.
    public let context: JobContext
    private let outcome = Mutex<Result<JobResult, any Error>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    private init(job: any Job, context: JobContext) {
        self.job = job
        self.context = context
    }

    /// Starts `job` on a new thread and returns at once.
    /// - Parameters:
    ///   - priority: `.background` lowers the job thread and its parallel workers below the caller.
    ///   - onSample: called on the job's thread for every sample (e.g. to print it).
    public static func start(_ job: any Job, priority: JobPriority = .normal,
                             onSample: (@Sendable (JobSample) -> Void)? = nil) -> JobHandle {
        let handle = JobHandle(job: job, context: JobContext(jobID: job.descriptor.id, onSample: onSample))
        let thread = Thread {
            if priority == .background { ThreadPriority.set(ThreadPriority.background) }
            let result = Result { try job.run(handle.context) }
            handle.outcome.withLock { $0 = result }
            handle.done.signal()
        }
        thread.name = "c4s-job-\(job.descriptor.id)"
        thread.stackSize = 8 << 20
        thread.start()
        return handle
    }

    /// Asks the job to stop; `wait()` then throws `JobError.cancelled`.
    public func cancel() {
        context.cancel()
    }

    /// True once the job has returned or thrown.
    public var isFinished: Bool {
        outcome.withLock { $0 != nil }
    }

    /// The outcome if finished, without blocking.
    public var result: Result<JobResult, any Error>? {
        outcome.withLock { $0 }
    }

    /// Blocks until the job finishes and returns its result. - Throws: the job's error.
    public func wait() throws -> JobResult {
        done.wait()
        done.signal()
        return try outcome.withLock { $0! }.get()
    }
}
