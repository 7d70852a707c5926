/// A parameter a user gave that a job cannot take, with what it can take instead.
public enum ParameterError: Error, CustomStringConvertible, Sendable, Equatable {
    case invalid(name: String, text: String, valid: String)
    case unknown(name: String, job: String, valid: [String])
    case missing(name: String, job: String, valid: String)
    case malformedArguments(String)

    /// The message shown to users.
    public var description: String {
        switch self {
        case .invalid(let name, let text, let valid):
            "--\(name) \(text): not valid; expected \(valid)"
        case .unknown(let name, let job, let valid):
            "job '\(job)' has no parameter --\(name); its parameters are " + valid.map { "--\($0)" }.joined(separator: ", ")
        case .missing(let name, let job, let valid):
            "job '\(job)' needs --\(name) (\(valid))"
        case .malformedArguments(let text):
            text
        }
    }
}
