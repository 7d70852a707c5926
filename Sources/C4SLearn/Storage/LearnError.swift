/// A stored network that cannot be used: which file and object, what is wrong, what would be valid.
public struct LearnError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file and object path (`file.h5:/network`).
    public let location: String
    /// What is wrong and what would be valid.
    public let reason: String

    /// Makes an error.
    public init(location: String, reason: String) {
        self.location = location
        self.reason = reason
    }

    /// One line for a person.
    public var description: String { "\(location): \(reason)" }
}
