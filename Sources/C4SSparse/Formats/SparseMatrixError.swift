/// Input a sparse format, kernel or solver cannot take, with what would be valid.
public enum SparseMatrixError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A negative number of rows or columns.
    case negativeDimension(rows: Int, columns: Int)
    /// Triplet arrays of different lengths.
    case lengthMismatch(rowIndices: Int, columnIndices: Int, values: Int)
    /// A triplet (0-based `entry`) whose position lies outside the matrix.
    case indexOutOfRange(entry: Int, row: Int, column: Int, rows: Int, columns: Int)
    /// A NaN or infinite matrix value at (0-based) `row`, `column`.
    case nonFiniteValue(row: Int, column: Int)
    /// A NaN or infinite element (0-based `index`) of an input vector.
    case nonFiniteVector(name: String, index: Int)
    /// A vector whose length does not match the matrix.
    case dimensionMismatch(operation: String, expected: Int, actual: Int)
    /// An operation that needs a square matrix.
    case notSquare(rows: Int, columns: Int)
    /// A dimension too large for the format's 32-bit indices.
    case indexOverflow(format: String, dimension: Int)
    /// A parameter of a format or generator outside its valid range.
    case invalidParameter(name: String, value: String, valid: String)

    /// The message shown to users.
    public var description: String {
        switch self {
        case .negativeDimension(let r, let c):
            "matrix size \(r)x\(c) is invalid; rows and columns must be >= 0"
        case .lengthMismatch(let r, let c, let v):
            "triplet arrays differ in length (\(r) row indices, \(c) column indices, \(v) values); give one of each per entry"
        case .indexOutOfRange(let e, let r, let c, let rows, let columns):
            "entry \(e) at (\(r), \(c)) lies outside the \(rows)x\(columns) matrix; 0-based indices must be in 0..<\(rows) and 0..<\(columns)"
        case .nonFiniteValue(let r, let c):
            "matrix value at (\(r), \(c)) (0-based) is NaN or infinite; sparse kernels need finite values"
        case .nonFiniteVector(let name, let i):
            "\(name)[\(i)] is NaN or infinite; vectors must be finite"
        case .dimensionMismatch(let op, let expected, let actual):
            "\(op): vector has \(actual) elements but the matrix needs \(expected)"
        case .notSquare(let r, let c):
            "the matrix is \(r)x\(c); this needs a square matrix"
        case .indexOverflow(let format, let d):
            "\(format) uses 32-bit indices; dimension \(d) exceeds \(Int32.max)"
        case .invalidParameter(let name, let value, let valid):
            "\(name) \(value) is not valid; expected \(valid)"
        }
    }
}
