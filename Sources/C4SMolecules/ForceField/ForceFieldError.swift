/// A force-field file that cannot be used, or a structure the force field cannot describe, with
/// what is wrong and what would be valid.
public struct ForceFieldError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What is wrong, naming the file and line or the residue and atom concerned.
    public let message: String

    /// Creates an error.
    public init(_ message: String) {
        self.message = message
    }

    /// The message.
    public var description: String { message }
}
