/// A training-data file or request that cannot be used: where, what is wrong, what would be valid.
public struct TrainingDataError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file and object path (`set.h5:/units/01_ACE-ALA-NME`), or the parameter that is wrong.
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
