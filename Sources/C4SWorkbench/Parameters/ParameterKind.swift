/// The type and valid range of a job parameter.
public enum ParameterKind: Sendable, Equatable {
    /// An integer in the closed range.
    case int(ClosedRange<Int>)
    /// A finite number in the closed range.
    case double(ClosedRange<Double>)
    /// One of the listed words.
    case choice([String])
    /// Free text (e.g. a file path).
    case text
    /// `true`/`false` (also `yes`/`no`, `1`/`0`).
    case bool
    /// A shape `AxBxC` with `ranks` entries, each side in `side`.
    case shape(ranks: ClosedRange<Int>, side: ClosedRange<Int>)
    /// A catalog dataset id of one of these kinds.
    case dataset(kinds: [String])

    /// What a valid value looks like, for help and error messages.
    public var validValues: String {
        switch self {
        case .int(let r): "an integer from \(r.lowerBound) to \(r.upperBound)"
        case .double(let r): "a number from \(r.lowerBound) to \(r.upperBound)"
        case .choice(let words): "one of " + words.joined(separator: ", ")
        case .text: "text"
        case .bool: "true or false"
        case .shape(let ranks, let side):
            "\(ranks.lowerBound == ranks.upperBound ? "\(ranks.lowerBound)" : "\(ranks.lowerBound) to \(ranks.upperBound)") sizes joined by x (e.g. 1024x1024), each from \(side.lowerBound) to \(side.upperBound)"
        case .dataset(let kinds): "a dataset id of kind \(kinds.joined(separator: " or ")) (see `c4s datasets list`)"
        }
    }
}
