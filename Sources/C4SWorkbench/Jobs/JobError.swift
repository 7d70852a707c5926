/// Why a job stopped without a result.
public enum JobError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The user (Ctrl-C, `s` in the TUI) or the caller cancelled the run.
    case cancelled(job: String)
    /// The job could not run with these inputs; the message says why and what would work.
    case failed(job: String, reason: String)
    /// No job with this id is registered.
    case unknownJob(String, available: [String])

    /// The message shown to users.
    public var description: String {
        switch self {
        case .cancelled(let job): "\(job): cancelled; earlier results are unchanged"
        case .failed(let job, let reason): "\(job): \(reason)"
        case .unknownJob(let id, let available): "no job '\(id)'; available jobs: \(available.joined(separator: ", "))"
        }
    }
}
