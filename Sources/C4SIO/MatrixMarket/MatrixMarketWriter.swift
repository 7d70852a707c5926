import Foundation

/// Writes ``MatrixMarketMatrix`` values as NIST Matrix Market text.
///
/// Output: the banner (lower-case keywords), the size line, then one stored entry per line
/// with 1-based indices (coordinate) or one value per line in column-major order (array),
/// no comments, `\n` line ends. Reals use the shortest decimal that reads back as exactly the
/// same double (`nan`, `inf`, `-inf` for non-finite values; a NaN's sign and payload are not
/// kept), so ``MatrixMarketReader`` returns an equal matrix.
public enum MatrixMarketWriter {
    /// The file text for `matrix`.
    public static func text(_ matrix: MatrixMarketMatrix) -> String {
        String(decoding: encoded(matrix), as: UTF8.self)
    }

    /// Writes `matrix` to `url` atomically: the text goes to a temporary file in the same folder,
    /// which is synced and then renamed over `url` (Foundation's `.atomic` write), so an existing
    /// file is either replaced whole or left untouched. Throws Foundation's error on failure.
    public static func write(_ matrix: MatrixMarketMatrix, to url: URL) throws {
        try Data(encoded(matrix)).write(to: url, options: .atomic)
    }

    static func encoded(_ matrix: MatrixMarketMatrix) -> [UInt8] {
        var buffer = MatrixMarketTextBuffer(capacity: 64 + 48 * matrix.storedEntryCount)
        buffer.append(matrix.header.description)
        buffer.appendNewline()
        buffer.append(matrix.rows)
        buffer.appendSpace()
        buffer.append(matrix.columns)
        switch matrix.storage {
        case .coordinate(let rowIndices, let columnIndices, let values):
            buffer.appendSpace()
            buffer.append(rowIndices.count)
            buffer.appendNewline()
            let appendValue = valueWriter(for: values)
            let hasValues = values != .pattern
            for entry in rowIndices.indices {
                buffer.append(rowIndices[entry] + 1)
                buffer.appendSpace()
                buffer.append(columnIndices[entry] + 1)
                if hasValues { buffer.appendSpace() }
                appendValue(&buffer, entry)
                buffer.appendNewline()
            }
        case .array(let values):
            buffer.appendNewline()
            let appendValue = valueWriter(for: values)
            for entry in 0..<(values.count ?? 0) {
                appendValue(&buffer, entry)
                buffer.appendNewline()
            }
        }
        return buffer.bytes
    }

    /// Appends the value of one entry (nothing for `.pattern`).
    private static func valueWriter(for values: MatrixMarketValues) -> (inout MatrixMarketTextBuffer, Int) -> Void {
        switch values {
        case .real(let reals):
            { buffer, entry in buffer.append(reals[entry]) }
        case .integer(let integers):
            { buffer, entry in buffer.append(integers[entry]) }
        case .complex(let real, let imaginary):
            { buffer, entry in
                buffer.append(real[entry])
                buffer.appendSpace()
                buffer.append(imaginary[entry])
            }
        case .pattern:
            { _, _ in }
        }
    }
}
