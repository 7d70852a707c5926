import Foundation

/// The complete, validated parameters of one job run: every declared parameter has a value
/// (given or default), in declaration order.
public struct JobParameters: Sendable, Equatable {
    /// Parameter names and values, in declaration order.
    public let entries: [(name: String, value: ParameterValue)]

    /// Validates user text against declarations.
    /// - Parameters:
    ///   - given: parameter name → text as typed.
    ///   - specs: the job's declarations.
    ///   - job: the job id, for messages.
    /// - Throws: `ParameterError` for an unknown name, an invalid value or a missing required parameter.
    public init(validating given: [String: String], against specs: [ParameterSpec], job: String) throws {
        for name in given.keys where !specs.contains(where: { $0.name == name }) {
            throw ParameterError.unknown(name: name, job: job, valid: specs.map(\.name))
        }
        var entries: [(String, ParameterValue)] = []
        for spec in specs {
            if let text = given[spec.name] {
                entries.append((spec.name, try spec.parse(text)))
            } else if let d = spec.defaultValue {
                entries.append((spec.name, d))
            } else {
                throw ParameterError.missing(name: spec.name, job: job, valid: spec.kind.validValues)
            }
        }
        self.entries = entries
    }

    /// The value of a parameter, if declared.
    public subscript(name: String) -> ParameterValue? {
        entries.first { $0.name == name }?.value
    }

    /// An integer parameter. - Precondition: declared as `.int`.
    public func int(_ name: String) -> Int {
        guard case .int(let v) = self[name] else { preconditionFailure("parameter \(name) is not an integer") }
        return v
    }

    /// A number parameter (integers convert). - Precondition: declared as `.double` or `.int`.
    public func double(_ name: String) -> Double {
        switch self[name] {
        case .double(let v): return v
        case .int(let v): return Double(v)
        default: preconditionFailure("parameter \(name) is not a number")
        }
    }

    /// A text, choice or dataset parameter. - Precondition: declared as one of those.
    public func string(_ name: String) -> String {
        guard case .string(let v) = self[name] else { preconditionFailure("parameter \(name) is not text") }
        return v
    }

    /// A boolean parameter. - Precondition: declared as `.bool`.
    public func bool(_ name: String) -> Bool {
        guard case .bool(let v) = self[name] else { preconditionFailure("parameter \(name) is not a boolean") }
        return v
    }

    /// A worker-thread count parameter where 0 means all cores: the count to use (≥ 1).
    /// - Precondition: declared as `.int`.
    public func threads(_ name: String = "threads") -> Int {
        let requested = int(name)
        return requested == 0 ? ProcessInfo.processInfo.activeProcessorCount : requested
    }

    /// A shape parameter. - Precondition: declared as `.shape`.
    public func shape(_ name: String) -> [Int] {
        guard case .shape(let v) = self[name] else { preconditionFailure("parameter \(name) is not a shape") }
        return v
    }

    /// The whole command (`c4s run JOB --name value ...`) that reproduces this run.
    public func invocation(jobID: String) -> String {
        "c4s run \(jobID) \(commandLine)"
    }

    /// The parameters as command-line options (`--name value ...`).
    public var commandLine: String {
        entries.map { "--\($0.name) \($0.value)" }.joined(separator: " ")
    }

    /// Equal when the same names have the same values in the same order.
    public static func == (a: JobParameters, b: JobParameters) -> Bool {
        a.entries.map(\.name) == b.entries.map(\.name) && a.entries.map(\.value) == b.entries.map(\.value)
    }
}
