/// The order in which array storage lists entries: column by column, top to bottom,
/// restricted to the lower triangle (with the diagonal) for `symmetric` and `hermitian`
/// and to the strict lower triangle for `skew-symmetric`. Positions are 0-based.
struct MatrixMarketArrayLayout: Sendable {
    let rows: Int
    let columns: Int
    let symmetry: MatrixMarketHeader.Symmetry

    /// The number of stored entries, or nil when it does not fit in `Int`.
    var storedCount: Int? {
        switch symmetry {
        case .general:
            let (product, overflow) = rows.multipliedReportingOverflow(by: columns)
            return overflow ? nil : product
        case .symmetric, .hermitian:
            return Self.triangleCount(rows, plus: 1)
        case .skewSymmetric:
            return Self.triangleCount(rows, plus: -1)
        }
    }

    /// The first stored position; nil when nothing is stored.
    var first: (row: Int, column: Int)? {
        let start = (row: firstRow(inColumn: 0), column: 0)
        return start.row < rows && columns > 0 ? start : nil
    }

    /// The stored position after `position`; nil after the last one.
    func position(after position: (row: Int, column: Int)) -> (row: Int, column: Int)? {
        if position.row + 1 < rows { return (position.row + 1, position.column) }
        var column = position.column + 1
        while column < columns {
            let row = firstRow(inColumn: column)
            if row < rows { return (row, column) }
            column += 1
        }
        return nil
    }

    private func firstRow(inColumn column: Int) -> Int {
        switch symmetry {
        case .general: 0
        case .symmetric, .hermitian: column
        case .skewSymmetric: column + 1
        }
    }

    /// `n * (n + plus) / 2`, or nil on overflow.
    private static func triangleCount(_ n: Int, plus: Int) -> Int? {
        let (product, overflow) = n.multipliedReportingOverflow(by: n + plus)
        return overflow ? nil : product / 2
    }
}
