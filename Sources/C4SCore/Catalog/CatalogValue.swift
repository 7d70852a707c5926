/// A JSON scalar or list used for generator parameters in the catalog.
public enum CatalogValue: Codable, Sendable, Equatable, CustomStringConvertible {
    case int(Int)
    case double(Double)
    case string(String)
    case ints([Int])

    /// Decodes an integer, a number, a string or a list of integers.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let v = try? c.decode(Int.self) { self = .int(v); return }
        if let v = try? c.decode(Double.self) { self = .double(v); return }
        if let v = try? c.decode(String.self) { self = .string(v); return }
        if let v = try? c.decode([Int].self) { self = .ints(v); return }
        throw DecodingError.dataCorruptedError(
            in: c, debugDescription: "expected an integer, a number, a string or a list of integers")
    }

    /// Encodes as the matching JSON value.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .int(let v): try c.encode(v)
        case .double(let v): try c.encode(v)
        case .string(let v): try c.encode(v)
        case .ints(let v): try c.encode(v)
        }
    }

    /// The value as an integer, when it is one.
    public var intValue: Int? { if case .int(let v) = self { v } else { nil } }
    /// The value as a number (integers convert).
    public var doubleValue: Double? {
        switch self {
        case .int(let v): Double(v)
        case .double(let v): v
        default: nil
        }
    }
    /// The value as a string, when it is one.
    public var stringValue: String? { if case .string(let v) = self { v } else { nil } }
    /// The value as a list of integers, when it is one.
    public var intsValue: [Int]? { if case .ints(let v) = self { v } else { nil } }

    /// The value as it would be typed on the command line (lists as `AxBxC`).
    public var description: String {
        switch self {
        case .int(let v): String(v)
        case .double(let v): String(v)
        case .string(let v): v
        case .ints(let v): v.map(String.init).joined(separator: "x")
        }
    }
}
