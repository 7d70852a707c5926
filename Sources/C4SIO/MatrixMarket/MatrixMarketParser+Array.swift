extension MatrixMarketParser {
    /// Reads one value per line (`value`, or `real imaginary` for complex) in the column-major
    /// order of ``MatrixMarketArrayLayout``.
    mutating func parseArrayBody(header: MatrixMarketHeader, size: Size) throws(MatrixMarketError) -> MatrixMarketMatrix {
        let valueForm = Self.valueForm(of: header.field)
        let layout = MatrixMarketArrayLayout(rows: size.rows, columns: size.columns, symmetry: header.symmetry)
        var accumulator = MatrixMarketValueAccumulator(
            field: header.field, capacity: min(size.entries, scanner.remainingByteCount / 2 + 1))
        var position = layout.first
        var found = 0
        while scanner.advanceToContentLine() {
            guard let current = position else { throw extraEntry(size: size, what: "values") }
            guard scanner.tokens.count == valueForm.tokens else {
                throw failure("found \(scanner.tokens.count) fields in \(scanner.quotedLine) but an array file "
                    + "holds one \(header.field.rawValue) entry '\(valueForm.text)' per line "
                    + "(\(valueForm.tokens) field\(valueForm.tokens == 1 ? "" : "s"))")
            }
            try appendValue(from: 0, row: current.row, column: current.column, symmetry: header.symmetry,
                            to: &accumulator)
            position = layout.position(after: current)
            found += 1
        }
        guard position == nil else { throw endedEarly(found: found, size: size, what: "values") }
        return MatrixMarketMatrix(validatedRows: size.rows, columns: size.columns, symmetry: header.symmetry,
                                  storage: .array(accumulator.values))
    }
}
