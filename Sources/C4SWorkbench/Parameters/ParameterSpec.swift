import Foundation

/// The declaration of one job parameter: name, meaning, type, default and unit.
public struct ParameterSpec: Sendable, Equatable {
    /// Name as used on the command line (`--name value`) and in exports.
    public let name: String
    /// One-line meaning, shown in help and forms.
    public let summary: String
    /// Type and valid range.
    public let kind: ParameterKind
    /// Value used when the parameter is not given; nil makes it required.
    public let defaultValue: ParameterValue?
    /// Physical unit of the value, if any (e.g. `MiB`, `s`).
    public let unit: String?

    /// Declares a parameter.
    public init(_ name: String, _ summary: String, kind: ParameterKind,
                default defaultValue: ParameterValue? = nil, unit: String? = nil) {
        self.name = name
        self.summary = summary
        self.kind = kind
        self.defaultValue = defaultValue
        self.unit = unit
    }

    /// Parses and validates text typed by a user.
    /// - Throws: `ParameterError.invalid` naming the parameter, the text and what would be valid.
    public func parse(_ text: String) throws -> ParameterValue {
        let t = text.trimmingCharacters(in: .whitespaces)
        func invalid() -> ParameterError { .invalid(name: name, text: text, valid: kind.validValues) }
        switch kind {
        case .int(let range):
            guard let v = Int(t.replacingOccurrences(of: "_", with: "")), range.contains(v) else { throw invalid() }
            return .int(v)
        case .double(let range):
            guard let v = Double(t), v.isFinite, range.contains(v) else { throw invalid() }
            return .double(v)
        case .choice(let words):
            guard let w = words.first(where: { $0.lowercased() == t.lowercased() }) else { throw invalid() }
            return .string(w)
        case .text:
            guard !t.isEmpty else { throw invalid() }
            return .string(t)
        case .bool:
            switch t.lowercased() {
            case "true", "yes", "1", "on": return .bool(true)
            case "false", "no", "0", "off": return .bool(false)
            default: throw invalid()
            }
        case .shape(let ranks, let side):
            let parts = t.lowercased().split(separator: "x", omittingEmptySubsequences: false).map { Int($0) }
            guard ranks.contains(parts.count), parts.allSatisfy({ $0.map(side.contains) ?? false }) else { throw invalid() }
            return .shape(parts.map { $0! })
        case .dataset:
            guard !t.isEmpty else { throw invalid() }
            return .string(t)
        }
    }
}
