extension MatrixMarketParser {
    /// Reads the first content line after the banner: `rows columns entries` for coordinate
    /// files, `rows columns` for array files, all counts of 0 or more.
    mutating func parseSizeLine(header: MatrixMarketHeader) throws(MatrixMarketError) -> Size {
        let expected = header.format == .coordinate
            ? "a coordinate size line is 'rows columns entries': three integers, 0 or more"
            : "an array size line is 'rows columns': two integers, 0 or more"
        guard scanner.advanceToContentLine() else {
            throw failure("the file ends before the size line; \(expected)")
        }
        let count = header.format == .coordinate ? 3 : 2
        guard scanner.tokens.count == count else {
            let found = scanner.tokens.count == 1 ? "1 number" : "\(scanner.tokens.count) numbers"
            throw failure("the size line \(scanner.quotedLine) has \(found); \(expected)")
        }
        var numbers: [Int] = []
        for token in 0..<count {
            guard case .value(let value) = MatrixMarketNumberParser.integer(scanner.token(token)),
                  value >= 0, let number = Int(exactly: value) else {
                throw failure("size \(scanner.quoted(token)) is not a count; \(expected)")
            }
            numbers.append(number)
        }
        let rows = numbers[0], columns = numbers[1]
        if let problem = MatrixMarketStorageRules.shapeProblem(rows: rows, columns: columns, symmetry: header.symmetry) {
            throw failure(problem)
        }
        if header.format == .coordinate {
            return Size(rows: rows, columns: columns, entries: numbers[2], line: scanner.lineNumber)
        }
        let layout = MatrixMarketArrayLayout(rows: rows, columns: columns, symmetry: header.symmetry)
        guard let entries = layout.storedCount else {
            throw failure("a \(rows)x\(columns) array has more entries than can be counted; "
                + "use coordinate format for a matrix this large")
        }
        return Size(rows: rows, columns: columns, entries: entries, line: scanner.lineNumber)
    }
}
