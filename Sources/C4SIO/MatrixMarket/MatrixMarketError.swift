/// A Matrix Market file that breaks the specification: which file, which line, what was
/// wrong and what would be valid.
///
/// `description` reads, for example,
/// `lp_x.mtx line 1: unknown field 'mangled'; valid fields are real, integer, complex, pattern`.
public struct MatrixMarketError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file's name as given to the reader (the last path component for a URL).
    public let file: String
    /// The 1-based line on which the problem was found.
    public let line: Int
    /// What was wrong, followed by what would be valid.
    public let message: String

    /// An error at `line` (1-based) of `file`.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `<file> line <line>: <message>`.
    public var description: String { "\(file) line \(line): \(message)" }
}
