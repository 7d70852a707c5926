import C4SWorkbench

/// One job run started from the workbench: its live samples while running, then its result or error.
public final class RunRecord {
    /// What happened to the run.
    public enum State: Equatable {
        case running, finished, cancelled, failed(String)
    }

    /// Run number in this session, from 1.
    public let number: Int
    /// The job's descriptor.
    public let descriptor: JobDescriptor
    /// `c4s run …` form of the run, to reproduce it on the command line.
    public let commandLine: String
    /// Samples received so far (throughput points).
    public private(set) var samples: [JobSample] = []
    /// The result once finished.
    public private(set) var result: JobResult?
    /// Current state.
    public private(set) var state = State.running
    private let handle: JobHandle

    /// Starts `job` off the UI thread, by default below the UI's priority so that keys answer at once
    /// while it runs on every core (`.normal` for short jobs the UI waits for).
    init(number: Int, job: any Job, priority: JobPriority = .background) {
        self.number = number
        descriptor = job.descriptor
        commandLine = job.parameters.invocation(jobID: job.descriptor.id)
        handle = InteractiveScheduling.withDefaultSlice { JobHandle.start(job, priority: priority) }
    }

    /// Takes new samples and notices completion; call on every UI tick. Returns true when anything changed.
    @discardableResult
    func poll() -> Bool {
        let fresh = handle.context.drainSamples()
        samples += fresh
        guard state == .running, let outcome = handle.result else { return !fresh.isEmpty }
        samples += handle.context.drainSamples()
        switch outcome {
        case .success(let r): result = r; state = .finished
        case .failure(JobError.cancelled): state = .cancelled
        case .failure(let error): state = .failed(String(describing: error))
        }
        return true
    }

    /// Blocks until the job ends, then takes its outcome (for short jobs run on behalf of a key).
    func waitUntilFinished() {
        _ = try? handle.wait()
        poll()
    }

    /// Asks the job to stop.
    func cancel() {
        handle.cancel()
    }

    /// Throughput over the samples received so far.
    public var throughput: ThroughputSummary {
        ThroughputSummary(samples: samples, unit: descriptor.workUnit)
    }

    /// A short status word.
    public var stateText: String {
        switch state {
        case .running: "running"
        case .finished: "done"
        case .cancelled: "stopped"
        case .failed: "failed"
        }
    }
}
