import Foundation

/// Splits CSV text into records following RFC 4180, plus comment and blank lines.
///
/// - Fields are separated by commas; records end at `\n`, `\r\n` or a lone `\r`, and the last record
///   needs no line ending.
/// - A field that starts with `"` is quoted: it may contain commas, line breaks and `""` (one quote), and
///   must be followed by a comma or the end of the record. A quote inside an unquoted field, text after a
///   closing quote, or an unterminated quote is an error naming the line.
/// - A line whose first character is `#` (at the start of a record, not inside a quoted field) is a
///   comment: its text after `#`, trimmed of surrounding spaces and tabs, goes to `comments`.
/// - Lines that are empty or hold only spaces and tabs are skipped.
/// - A UTF-8 byte order mark at the start is ignored; text is decoded as UTF-8 (invalid bytes become
///   U+FFFD). Fields are not trimmed: spaces are part of a field, as RFC 4180 says.
struct CSVRecordParser {
    /// The file's path or name, for error messages.
    let source: String

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let newline = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    /// The records and comments of `bytes`, in file order.
    func parse(_ bytes: [UInt8]) throws -> (records: [CSVRecord], comments: [String]) {
        var records: [CSVRecord] = []
        var comments: [String] = []
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var line = 1
        while index < bytes.count {
            let lineStart = index
            var end = index
            while end < bytes.count, !Self.isLineBreak(bytes[end]) { end += 1 }
            let lineBytes = bytes[lineStart..<end]
            if lineBytes.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) {
                index = Self.skipLineBreak(bytes, at: end)
                line += 1
                continue
            }
            if bytes[lineStart] == UInt8(ascii: "#") {
                let text = String(decoding: lineBytes.dropFirst(), as: UTF8.self)
                comments.append(text.trimmingCharacters(in: CharacterSet(charactersIn: " \t")))
                index = Self.skipLineBreak(bytes, at: end)
                line += 1
                continue
            }
            let recordLine = line
            var fields: [String] = []
            while true {
                let field = try readField(bytes, at: &index, line: &line, recordLine: recordLine)
                fields.append(field)
                if index < bytes.count, bytes[index] == Self.comma {
                    index += 1
                    continue
                }
                index = Self.skipLineBreak(bytes, at: index)
                line += 1
                break
            }
            records.append(CSVRecord(line: recordLine, fields: fields))
        }
        return (records, comments)
    }

    /// Reads one field starting at `index`, leaving `index` on the comma or line break after it (or at
    /// the end), and counting line breaks inside quotes in `line`.
    private func readField(_ bytes: [UInt8], at index: inout Int, line: inout Int, recordLine: Int) throws -> String {
        guard index < bytes.count, bytes[index] == Self.quote else {
            let start = index
            while index < bytes.count, bytes[index] != Self.comma, !Self.isLineBreak(bytes[index]) {
                if bytes[index] == Self.quote {
                    throw CSVError(source: source, line: line, message:
                        "a quote inside an unquoted field; quote the whole field and double inner quotes (RFC 4180)")
                }
                index += 1
            }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        let openingLine = line
        var field: [UInt8] = []
        index += 1
        while true {
            guard index < bytes.count else {
                throw CSVError(source: source, line: openingLine, message:
                    "a quoted field (record starting on line \(recordLine)) has no closing quote")
            }
            let byte = bytes[index]
            if byte == Self.quote {
                if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
                    field.append(Self.quote)
                    index += 2
                    continue
                }
                index += 1
                break
            }
            let endsLine = byte == Self.newline
                || (byte == Self.carriageReturn && (index + 1 == bytes.count || bytes[index + 1] != Self.newline))
            if endsLine { line += 1 }
            field.append(byte)
            index += 1
        }
        if index < bytes.count, bytes[index] != Self.comma, !Self.isLineBreak(bytes[index]) {
            throw CSVError(source: source, line: line, message:
                "text after the closing quote of a quoted field; a quoted field must end at a comma or line end")
        }
        return String(decoding: field, as: UTF8.self)
    }

    private static func isLineBreak(_ byte: UInt8) -> Bool {
        byte == newline || byte == carriageReturn
    }

    /// The index after the line break at `index` (`\r\n` counts as one), or `index` at the end of input.
    private static func skipLineBreak(_ bytes: [UInt8], at index: Int) -> Int {
        guard index < bytes.count else { return index }
        if bytes[index] == carriageReturn, index + 1 < bytes.count, bytes[index + 1] == newline { return index + 2 }
        return index + 1
    }
}
