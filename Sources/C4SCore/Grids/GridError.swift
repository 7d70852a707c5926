/// Invalid grid shapes, with what would be valid.
public enum GridError: Error, CustomStringConvertible, Sendable, Equatable {
    case badRank(Int)
    case badSide([Int])
    case countMismatch(dims: [Int], count: Int)

    /// The message shown to users.
    public var description: String {
        switch self {
        case .badRank(let r): "grid rank \(r) is not supported; give 1 to 3 sizes, e.g. 4096 or 1024x1024 or 256x256x256"
        case .badSide(let d): "grid size \(d.map(String.init).joined(separator: "x")) has a side below 1; every side must be ≥ 1"
        case .countMismatch(let d, let c): "grid \(d.map(String.init).joined(separator: "x")) needs \(d.reduce(1, *)) values, got \(c)"
        }
    }

    static func check(dims: [Int]) throws {
        guard (1...3).contains(dims.count) else { throw GridError.badRank(dims.count) }
        guard dims.allSatisfy({ $0 >= 1 }) else { throw GridError.badSide(dims) }
    }
}
