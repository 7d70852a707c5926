/// A molecular file that cannot be read as the format allows, with the file and line.
public struct MolecularFileError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file.
    public let file: String
    /// 1-based line, when the problem is on one.
    public let line: Int?
    /// What is wrong and what would be valid.
    public let message: String

    /// Creates an error.
    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `<file> line <n>: <message>`.
    public var description: String {
        line.map { "\(file) line \($0): \(message)" } ?? "\(file): \(message)"
    }
}
