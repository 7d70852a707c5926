extension MatrixMarketParser {
    /// Reads exactly `size.entries` lines `row column [value]` after the size line.
    mutating func parseCoordinateBody(header: MatrixMarketHeader, size: Size) throws(MatrixMarketError) -> MatrixMarketMatrix {
        let valueForm = Self.valueForm(of: header.field)
        let fieldCount = 2 + valueForm.tokens
        let entryForm = valueForm.tokens == 0 ? "'row column'" : "'row column \(valueForm.text)'"
        // Trust the declared count only as far as the remaining bytes could hold entries.
        let capacity = min(size.entries, scanner.remainingByteCount / 2 + 1)
        var rowIndices: [Int] = []
        var columnIndices: [Int] = []
        rowIndices.reserveCapacity(capacity)
        columnIndices.reserveCapacity(capacity)
        var accumulator = MatrixMarketValueAccumulator(field: header.field, capacity: capacity)
        while scanner.advanceToContentLine() {
            guard rowIndices.count < size.entries else { throw extraEntry(size: size, what: "entries") }
            guard scanner.tokens.count == fieldCount else {
                throw failure("found \(scanner.tokens.count) fields in \(scanner.quotedLine) but a "
                    + "\(header.field.rawValue) coordinate entry is \(entryForm) (\(fieldCount) fields)")
            }
            let row = try index(token: 0, count: size.rows, noun: "row")
            let column = try index(token: 1, count: size.columns, noun: "column")
            if let problem = MatrixMarketStorageRules.triangleProblem(row: row, column: column, symmetry: header.symmetry) {
                throw failure(problem)
            }
            try appendValue(from: 2, row: row, column: column, symmetry: header.symmetry, to: &accumulator)
            rowIndices.append(row)
            columnIndices.append(column)
        }
        guard rowIndices.count == size.entries else {
            throw endedEarly(found: rowIndices.count, size: size, what: "entries")
        }
        return MatrixMarketMatrix(
            validatedRows: size.rows, columns: size.columns, symmetry: header.symmetry,
            storage: .coordinate(rowIndices: rowIndices, columnIndices: columnIndices, values: accumulator.values))
    }
}
