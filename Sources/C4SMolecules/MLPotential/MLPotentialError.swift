/// A machine-learned potential that cannot be built, loaded or applied: what and why, and what would be valid.
public struct MLPotentialError: Error, CustomStringConvertible, Sendable, Equatable {
    /// One line for a person.
    public let reason: String

    /// Makes an error.
    public init(reason: String) {
        self.reason = reason
    }

    public var description: String { reason }

    /// The species index (`AEVParameters.elements`) of each element symbol.
    /// - Throws: naming `label`, the atom and the valid elements when one is not H, C, N, O or S.
    static func species(of elements: [String], in label: String) throws -> [Int] {
        try elements.enumerated().map { index, element in
            guard let s = AEVParameters.species(of: element) else {
                throw MLPotentialError(reason: "\(label): atom \(index + 1) is element '\(element)'; the ML unit potential covers only \(AEVParameters.elements.joined(separator: ", "))")
            }
            return s
        }
    }
}
