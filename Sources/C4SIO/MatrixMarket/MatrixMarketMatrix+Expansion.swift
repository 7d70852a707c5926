extension MatrixMarketMatrix {
    /// Every entry of the full matrix as general-form triplets (0-based indices).
    ///
    /// Each stored entry comes out in storage order, and each stored off-diagonal entry of a
    /// symmetric kind is followed by its mirror at (column, row): the same value for
    /// `symmetric`, the negated value for `skew-symmetric`, the complex conjugate for
    /// `hermitian`. Array storage becomes one triplet per stored position, zeros included;
    /// the implicit zero diagonal of a skew-symmetric array is not listed.
    ///
    /// Complexity: O(stored entries); the result holds at most twice as many entries.
    public func expandedCoordinates() -> MatrixMarketCoordinates {
        var builder = MatrixMarketExpansionBuilder(field: values.field, mirrored: symmetry != .general,
                                                   capacity: storedEntryCount)
        switch storage {
        case .coordinate(let rowIndices, let columnIndices, let values):
            for entry in rowIndices.indices {
                builder.append(row: rowIndices[entry], column: columnIndices[entry], entry: entry,
                               of: values, symmetry: symmetry)
            }
        case .array(let values):
            let layout = MatrixMarketArrayLayout(rows: rows, columns: columns, symmetry: symmetry)
            var position = layout.first
            var entry = 0
            while let current = position {
                builder.append(row: current.row, column: current.column, entry: entry, of: values, symmetry: symmetry)
                position = layout.position(after: current)
                entry += 1
            }
        }
        return builder.coordinates(rows: rows, columns: columns)
    }
}

/// Accumulates expanded triplets in typed arrays, without boxing each value.
private struct MatrixMarketExpansionBuilder {
    private let field: MatrixMarketHeader.Field
    private var rowIndices: [Int] = []
    private var columnIndices: [Int] = []
    private var reals: [Double] = []
    private var imaginaries: [Double] = []
    private var integers: [Int64] = []

    init(field: MatrixMarketHeader.Field, mirrored: Bool, capacity: Int) {
        self.field = field
        let capacity = mirrored ? 2 * capacity : capacity
        rowIndices.reserveCapacity(capacity)
        columnIndices.reserveCapacity(capacity)
        switch field {
        case .real: reals.reserveCapacity(capacity)
        case .complex:
            reals.reserveCapacity(capacity)
            imaginaries.reserveCapacity(capacity)
        case .integer: integers.reserveCapacity(capacity)
        case .pattern: break
        }
    }

    /// Appends stored entry number `entry` at (`row`, `column`) and, off the diagonal of a
    /// symmetric kind, its mirror.
    mutating func append(
        row: Int, column: Int, entry: Int, of values: MatrixMarketValues, symmetry: MatrixMarketHeader.Symmetry
    ) {
        rowIndices.append(row)
        columnIndices.append(column)
        let mirrors = symmetry != .general && row != column
        if mirrors {
            rowIndices.append(column)
            columnIndices.append(row)
        }
        switch values {
        case .real(let values):
            let value = values[entry]
            reals.append(value)
            if mirrors { reals.append(symmetry == .skewSymmetric ? -value : value) }
        case .integer(let values):
            let value = values[entry]
            integers.append(value)
            if mirrors { integers.append(symmetry == .skewSymmetric ? -value : value) }
        case .complex(let real, let imaginary):
            let re = real[entry], im = imaginary[entry]
            reals.append(re)
            imaginaries.append(im)
            if mirrors {
                reals.append(symmetry == .skewSymmetric ? -re : re)
                imaginaries.append(symmetry == .symmetric ? im : -im)
            }
        case .pattern:
            break
        }
    }

    func coordinates(rows: Int, columns: Int) -> MatrixMarketCoordinates {
        let values: MatrixMarketValues = switch field {
        case .real: .real(reals)
        case .integer: .integer(integers)
        case .complex: .complex(real: reals, imaginary: imaginaries)
        case .pattern: .pattern
        }
        return MatrixMarketCoordinates(rows: rows, columns: columns, rowIndices: rowIndices,
                                       columnIndices: columnIndices, values: values)
    }
}
