/// The values of a Matrix Market matrix, one per stored entry, in storage order.
///
/// The case matches the header's field. Arrays are parallel to the entry list they
/// belong to (coordinate indices, or the column-major order of array storage).
/// `==` compares values with IEEE semantics, so two sets holding NaN are never equal.
public enum MatrixMarketValues: Sendable, Equatable {
    /// Floating-point values.
    case real([Double])
    /// Integer values; the reader rejects any that do not fit in `Int64`.
    case integer([Int64])
    /// Complex values as two parallel arrays of equal length.
    case complex(real: [Double], imaginary: [Double])
    /// No values: only entry positions are known (coordinate format only).
    case pattern

    /// The header field that holds these values.
    public var field: MatrixMarketHeader.Field {
        switch self {
        case .real: .real
        case .integer: .integer
        case .complex: .complex
        case .pattern: .pattern
        }
    }

    /// The number of values, or nil for `.pattern`, which holds none.
    public var count: Int? {
        switch self {
        case .real(let values): values.count
        case .integer(let values): values.count
        case .complex(let real, _): real.count
        case .pattern: nil
        }
    }
}
