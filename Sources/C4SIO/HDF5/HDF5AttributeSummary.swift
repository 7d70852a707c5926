import CHDF5

/// One-line summaries of attribute values for `HDF5Tree`: strings quoted, numbers as Swift prints
/// them (float32 values as `Float`), arrays in brackets, other types as `<extent type>`; at most
/// `maximumLength` characters (longer text ends in `…`). Never throws.
enum HDF5AttributeSummary {
    /// Longest summary, in characters.
    static let maximumLength = 60

    /// The summary of attribute `name` of an open object. Call inside `HDF5Library.serialized`.
    static func summarize(_ name: String, of objectID: hid_t, location: String) -> String {
        let attribute = H5Aopen(objectID, name, c4s_H5P_DEFAULT())
        guard attribute >= 0 else {
            HDF5ErrorStack.clear()
            return "<unreadable>"
        }
        defer { H5Aclose(attribute) }
        let source = HDF5ValueSource(kind: .attribute, id: attribute, location: "\(location)@\(name)")
        let text: String
        do {
            text = try source.withTypeAndExtent { type, extent in
                let typeClass = H5Tget_class(type)
                guard typeClass == H5T_STRING || typeClass == H5T_INTEGER || typeClass == H5T_FLOAT else {
                    return "<\(describe(extent)) \(HDF5TypeName.describe(type))>"
                }
                if extent == .null { return "<empty \(HDF5TypeName.describe(type))>" }
                let isFloat32 = typeClass == H5T_FLOAT && H5Tget_size(type) == 4
                return format(try source.attributeValue(), float32: isFloat32)
            }
        } catch {
            HDF5ErrorStack.clear()
            return "<unreadable>"
        }
        return truncated(text)
    }

    /// `scalar` or `{3, 2}`.
    private static func describe(_ extent: HDF5Extent) -> String {
        switch extent {
        case .scalar: "scalar"
        case .null: "empty"
        case .simple(let dims): "{" + dims.map(String.init).joined(separator: ", ") + "}"
        }
    }

    /// The value as text.
    static func format(_ value: HDF5AttributeValue, float32: Bool) -> String {
        func number(_ value: Double) -> String { float32 ? "\(Float(value))" : "\(value)" }
        switch value {
        case .string(let string): return quoted(string)
        case .strings(let strings): return "[" + strings.map(quoted).joined(separator: ", ") + "]"
        case .double(let value): return number(value)
        case .doubles(let values): return "[" + values.map(number).joined(separator: ", ") + "]"
        case .int(let value): return "\(value)"
        case .ints(let values): return "[" + values.map { "\($0)" }.joined(separator: ", ") + "]"
        }
    }

    /// A string in double quotes with newlines, tabs, quotes and backslashes escaped.
    private static func quoted(_ string: String) -> String {
        var text = "\""
        for character in string {
            switch character {
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            default: text.append(character)
            }
        }
        return text + "\""
    }

    /// `text` cut to `maximumLength` characters, ending in `…` when cut.
    private static func truncated(_ text: String) -> String {
        text.count <= maximumLength ? text : String(text.prefix(maximumLength - 1)) + "…"
    }
}
