/// A CSV file that cannot be read as asked: the message names the file, the line and what is wrong.
public struct CSVError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file's path (or the name given to `CSVReader.parse`).
    public let source: String
    /// The 1-based line number the problem is on, or nil when it concerns the whole file.
    public let line: Int?
    /// What is wrong, and where it helps, what to do instead.
    public let message: String

    /// `source:line: message`, or `source: message` without a line.
    public var description: String {
        line.map { "\(source):\($0): \(message)" } ?? "\(source): \(message)"
    }
}
