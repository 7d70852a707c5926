/// A validated parameter value of a job.
public enum ParameterValue: Sendable, Equatable, Hashable, CustomStringConvertible {
    case int(Int)
    case double(Double)
    case string(String)
    case bool(Bool)
    /// A grid or matrix shape, e.g. `4096x4096`.
    case shape([Int])

    /// The value as typed on the command line (shapes as `AxB`), so it can be replayed.
    public var description: String {
        switch self {
        case .int(let v): String(v)
        case .double(let v): String(v)
        case .string(let v): v
        case .bool(let v): v ? "true" : "false"
        case .shape(let v): v.map(String.init).joined(separator: "x")
        }
    }
}
