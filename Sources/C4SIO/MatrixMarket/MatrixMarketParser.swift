/// Reads one Matrix Market file from bytes: banner, comments, size line, then the entries of
/// a coordinate or array body. Every rule of the specification is checked where the
/// offending line is known, so each failure becomes a ``MatrixMarketError`` naming that line.
///
/// Beyond the letter of the specification the parser accepts comment lines (`%...`) and blank
/// lines anywhere after the banner, including between entries, as LAGraph does (its test file
/// `west0067_jumbled.mtx` has a comment and blank lines between the size line and the entries).
struct MatrixMarketParser {
    /// The size line: the shape, and how many entries the body holds.
    struct Size {
        let rows: Int
        let columns: Int
        let entries: Int
        /// The size line's 1-based line number, for messages about the entry count.
        let line: Int
    }

    var scanner: MatrixMarketLineScanner
    let name: String

    /// Parses the whole buffer.
    mutating func parse() throws(MatrixMarketError) -> MatrixMarketMatrix {
        let header = try parseBanner()
        let size = try parseSizeLine(header: header)
        switch header.format {
        case .coordinate: return try parseCoordinateBody(header: header, size: size)
        case .array: return try parseArrayBody(header: header, size: size)
        }
    }

    /// An error on the current line.
    func failure(_ message: String) -> MatrixMarketError {
        MatrixMarketError(file: name, line: max(1, scanner.lineNumber), message: message)
    }

    /// The error for a body that ended after `found` of `size.entries` entries.
    func endedEarly(found: Int, size: Size, what: String) -> MatrixMarketError {
        failure("the file ends after \(found) of the \(size.entries) \(what) that the size line "
            + "(line \(size.line)) calls for; add the missing \(size.entries - found) or correct the size line")
    }

    /// The error for a content line after the last declared entry.
    func extraEntry(size: Size, what: String) -> MatrixMarketError {
        failure("found more than the \(size.entries) \(what) that the size line (line \(size.line)) calls for, "
            + "starting here with \(scanner.quotedLine); remove the extra lines or correct the size line")
    }

    /// A 1-based index from token `token`, checked against `1...count`; returned 0-based.
    func index(token: Int, count: Int, noun: String) throws(MatrixMarketError) -> Int {
        let problem: String
        switch MatrixMarketNumberParser.integer(scanner.token(token)) {
        case .value(let value) where value >= 1 && value <= Int64(count):
            return Int(value) - 1
        case .value, .outOfRange:
            problem = "is out of range"
        case .malformed:
            problem = "is not an integer"
        }
        let valid = count > 0 ? "valid \(noun)s are 1...\(count) (indices are 1-based)"
            : "the matrix has no \(noun)s, so no entry is valid"
        throw failure("\(noun) index \(scanner.quoted(token)) \(problem); \(valid)")
    }

    /// A real number from token `token`; `part` names it in messages ("value", "real part").
    func real(token: Int, part: String = "value") throws(MatrixMarketError) -> Double {
        switch MatrixMarketNumberParser.real(scanner.token(token)) {
        case .value(let value):
            return value
        case .malformed:
            throw failure("\(part) \(scanner.quoted(token)) is not a real number; real values are "
                + "ANSI C decimal numbers such as 3, -2.5, .5, 1e-3 or 1.5E+07, or nan, inf, -inf")
        case .outOfRange:
            throw failure("\(part) \(scanner.quoted(token)) is beyond the largest finite double "
                + "(about 1.8e308); write inf or -inf for an infinite value")
        }
    }

    /// An integer from token `token` that fits in `Int64`.
    func integer(token: Int) throws(MatrixMarketError) -> Int64 {
        switch MatrixMarketNumberParser.integer(scanner.token(token)) {
        case .value(let value):
            return value
        case .malformed:
            throw failure("value \(scanner.quoted(token)) is not an integer; integer values are "
                + "decimal digits with an optional sign, such as 42 or -7")
        case .outOfRange:
            throw failure("integer value \(scanner.quoted(token)) does not fit in 64 bits; "
                + "valid integers are \(Int64.min)...\(Int64.max)")
        }
    }
}
