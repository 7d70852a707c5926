/// A failed HDF5 operation: what was attempted, on which file or object, and HDF5's own account
/// of the failure (its error stack, innermost call last).
public struct HDF5Error: Error, CustomStringConvertible, Sendable {
    /// The attempted operation in words, e.g. `"open file"` or `"write dataset"`.
    public let operation: String
    /// The file path, or `file:/object/path`, the operation was about; nil when there is none.
    public let path: String?
    /// A reason found by this module before or instead of calling HDF5 (e.g. a shape that does not
    /// match the number of values); nil when the failure came from HDF5 itself.
    public let reason: String?
    /// HDF5's error stack as text, one entry per line (function, description, major and minor
    /// messages); empty when HDF5 recorded nothing (e.g. the failure was found before calling it).
    public let stack: String

    /// Makes an error from its parts.
    public init(operation: String, path: String?, reason: String? = nil, stack: String) {
        self.operation = operation
        self.path = path
        self.reason = reason
        self.stack = stack
    }

    /// One paragraph for a person: operation, path, reason, then HDF5's stack indented below.
    public var description: String {
        var text = "HDF5: cannot \(operation)"
        if let path { text += " (\(path))" }
        if let reason { text += ": \(reason)" }
        if !stack.isEmpty {
            text += "\n  HDF5 error stack:\n"
            text += stack.split(separator: "\n").map { "    " + $0 }.joined(separator: "\n")
        }
        return text
    }
}
