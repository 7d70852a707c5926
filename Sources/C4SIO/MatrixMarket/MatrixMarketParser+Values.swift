extension MatrixMarketParser {
    /// The number of tokens one entry's value takes and how to write it, for messages.
    static func valueForm(of field: MatrixMarketHeader.Field) -> (tokens: Int, text: String) {
        switch field {
        case .pattern: (0, "")
        case .real, .integer: (1, "value")
        case .complex: (2, "real imaginary")
        }
    }

    /// Parses the value that starts at token `firstToken` of the current line into
    /// `accumulator`, checking the rules that depend on the value at (`row`, `column`).
    func appendValue(
        from firstToken: Int, row: Int, column: Int, symmetry: MatrixMarketHeader.Symmetry,
        to accumulator: inout MatrixMarketValueAccumulator
    ) throws(MatrixMarketError) {
        switch accumulator.field {
        case .real:
            accumulator.append(real: try real(token: firstToken))
        case .integer:
            let value = try integer(token: firstToken)
            if symmetry == .skewSymmetric, let problem = MatrixMarketStorageRules.skewIntegerProblem(value) {
                throw failure(problem)
            }
            accumulator.append(integer: value)
        case .complex:
            let re = try real(token: firstToken, part: "real part")
            let im = try real(token: firstToken + 1, part: "imaginary part")
            if symmetry == .hermitian,
               let problem = MatrixMarketStorageRules.hermitianDiagonalProblem(row: row, column: column, imaginary: im) {
                throw failure(problem)
            }
            accumulator.append(real: re, imaginary: im)
        case .pattern:
            break
        }
    }
}
