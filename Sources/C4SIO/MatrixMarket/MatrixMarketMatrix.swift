/// A matrix exactly as a Matrix Market file stores it: shape, symmetry and the stored
/// entries (for symmetric kinds only one triangle). Use ``expandedCoordinates()`` for
/// every entry of the full matrix.
///
/// Indices are 0-based (the file's 1-based indices minus one). The initializers enforce the
/// specification's rules as preconditions; ``MatrixMarketReader`` checks them first and reports
/// a broken rule with the file's line number instead.
public struct MatrixMarketMatrix: Sendable, Equatable {
    /// The stored entries.
    public enum Storage: Sendable, Equatable {
        /// Entries listed one by one: `values` (if not `.pattern`), `rowIndices` and
        /// `columnIndices` all have one element per stored entry, in file order.
        case coordinate(rowIndices: [Int], columnIndices: [Int], values: MatrixMarketValues)
        /// Dense storage: one value per position, column-major, covering every position for
        /// `general`, the lower triangle with the diagonal for `symmetric` and `hermitian`, and
        /// the strict lower triangle for `skew-symmetric`. Never `.pattern`.
        case array(MatrixMarketValues)
    }

    /// The number of rows (0 or more).
    public let rows: Int
    /// The number of columns (0 or more).
    public let columns: Int
    /// Which part of the matrix is stored.
    public let symmetry: MatrixMarketHeader.Symmetry
    /// The stored entries.
    public let storage: Storage

    /// A coordinate-format matrix.
    ///
    /// - Parameters:
    ///   - rows: row count, 0 or more; must equal `columns` unless `symmetry` is `.general`.
    ///   - columns: column count, 0 or more.
    ///   - symmetry: the stored part; must be allowed with the field of `values`
    ///     (see ``MatrixMarketHeader/validityProblem``).
    ///   - rowIndices: 0-based row of each stored entry, each in `0..<rows`.
    ///   - columnIndices: 0-based column of each stored entry, each in `0..<columns`; same count
    ///     as `rowIndices`.
    ///   - values: one value per entry (same count as `rowIndices`), or `.pattern`.
    ///
    /// Preconditions beyond shapes: symmetric and hermitian entries have row >= column,
    /// skew-symmetric entries row > column, hermitian diagonal values are real, and
    /// skew-symmetric integer values are not `Int64.min`. Duplicate positions are allowed.
    public init(
        rows: Int, columns: Int, symmetry: MatrixMarketHeader.Symmetry,
        rowIndices: [Int], columnIndices: [Int], values: MatrixMarketValues
    ) {
        Self.requireValid(rows: rows, columns: columns, symmetry: symmetry, format: .coordinate, values: values)
        precondition(rowIndices.count == columnIndices.count, "row and column index counts differ")
        precondition(values.count.map { $0 == rowIndices.count } ?? true, "value count differs from index count")
        for entry in rowIndices.indices {
            let row = rowIndices[entry], column = columnIndices[entry]
            precondition((0..<rows).contains(row), "row index \(row) outside 0..<\(rows)")
            precondition((0..<columns).contains(column), "column index \(column) outside 0..<\(columns)")
            Self.requireEntryValid(row: row, column: column, entry: entry, symmetry: symmetry, values: values)
        }
        self.init(validatedRows: rows, columns: columns, symmetry: symmetry,
                  storage: .coordinate(rowIndices: rowIndices, columnIndices: columnIndices, values: values))
    }

    /// An array-format (dense) matrix.
    ///
    /// - Parameters:
    ///   - rows: row count, 0 or more; must equal `columns` unless `symmetry` is `.general`.
    ///   - columns: column count, 0 or more.
    ///   - symmetry: the stored part; must be allowed with the field of `arrayValues`.
    ///   - arrayValues: not `.pattern`; column-major values of the stored part: `rows * columns`
    ///     for general, `n * (n + 1) / 2` for symmetric and hermitian, `n * (n - 1) / 2` for
    ///     skew-symmetric (see ``Storage/array(_:)``).
    ///
    /// Hermitian diagonal values must be real and skew-symmetric integer values must not be
    /// `Int64.min`.
    public init(rows: Int, columns: Int, symmetry: MatrixMarketHeader.Symmetry, arrayValues: MatrixMarketValues) {
        Self.requireValid(rows: rows, columns: columns, symmetry: symmetry, format: .array, values: arrayValues)
        let layout = MatrixMarketArrayLayout(rows: rows, columns: columns, symmetry: symmetry)
        precondition(arrayValues.count == layout.storedCount,
                     "array storage of a \(rows)x\(columns) \(symmetry.rawValue) matrix holds "
                        + "\(layout.storedCount.map(String.init) ?? "too many") values")
        var position = layout.first
        var entry = 0
        while let current = position {
            Self.requireEntryValid(
                row: current.row, column: current.column, entry: entry, symmetry: symmetry, values: arrayValues)
            position = layout.position(after: current)
            entry += 1
        }
        self.init(validatedRows: rows, columns: columns, symmetry: symmetry, storage: .array(arrayValues))
    }

    /// A matrix whose contents the caller (the reader) has already checked against every rule.
    init(validatedRows rows: Int, columns: Int, symmetry: MatrixMarketHeader.Symmetry, storage: Storage) {
        self.rows = rows
        self.columns = columns
        self.symmetry = symmetry
        self.storage = storage
    }

    /// The banner keywords that describe this matrix.
    public var header: MatrixMarketHeader {
        switch storage {
        case .coordinate(_, _, let values):
            MatrixMarketHeader(format: .coordinate, field: values.field, symmetry: symmetry)
        case .array(let values):
            MatrixMarketHeader(format: .array, field: values.field, symmetry: symmetry)
        }
    }

    /// The stored values, in storage order (coordinate: file order; array: column-major).
    public var values: MatrixMarketValues {
        switch storage {
        case .coordinate(_, _, let values), .array(let values): values
        }
    }

    /// The number of stored entries: the size line's entry count for coordinate files, the
    /// number of listed values for array files.
    public var storedEntryCount: Int {
        switch storage {
        case .coordinate(let rowIndices, _, _): rowIndices.count
        case .array(let values): values.count ?? 0
        }
    }

    private static func requireValid(
        rows: Int, columns: Int, symmetry: MatrixMarketHeader.Symmetry,
        format: MatrixMarketHeader.Format, values: MatrixMarketValues
    ) {
        let header = MatrixMarketHeader(format: format, field: values.field, symmetry: symmetry)
        if let problem = header.validityProblem { preconditionFailure(problem) }
        if let problem = MatrixMarketStorageRules.shapeProblem(rows: rows, columns: columns, symmetry: symmetry) {
            preconditionFailure(problem)
        }
        if case .complex(let real, let imaginary) = values {
            precondition(real.count == imaginary.count, "complex real and imaginary counts differ")
        }
    }

    private static func requireEntryValid(
        row: Int, column: Int, entry: Int, symmetry: MatrixMarketHeader.Symmetry, values: MatrixMarketValues
    ) {
        if let problem = MatrixMarketStorageRules.triangleProblem(row: row, column: column, symmetry: symmetry) {
            preconditionFailure(problem)
        }
        switch values {
        case .complex(_, let imaginary) where symmetry == .hermitian:
            let problem = MatrixMarketStorageRules.hermitianDiagonalProblem(
                row: row, column: column, imaginary: imaginary[entry])
            if let problem { preconditionFailure(problem) }
        case .integer(let integers) where symmetry == .skewSymmetric:
            if let problem = MatrixMarketStorageRules.skewIntegerProblem(integers[entry]) {
                preconditionFailure(problem)
            }
        default:
            break
        }
    }
}
