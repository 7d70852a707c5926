/// A netCDF attribute of a variable, a group, or the file (global attributes).
public struct NetCDFAttribute: Sendable, Equatable {
    /// The attribute's name, e.g. `units`, `_FillValue`.
    public let name: String
    /// The attribute's type by its CDL name (`char`, `short`, `float`, `string`, …), or the name of a
    /// user-defined type.
    public let type: String
    /// The attribute's values.
    public let value: NetCDFAttributeValue

    /// An attribute description; `type` is a CDL type name matching `value` (`float`/`double` for
    /// `.doubles`, an integer type for `.ints`, `char` for `.text`, `string` for `.strings`).
    public init(name: String, type: String, value: NetCDFAttributeValue) {
        self.name = name
        self.type = type
        self.value = value
    }

    /// The values as `ncdump -h` prints them in the classic-model style: type suffixes (`1b`, `2s`, `3`,
    /// `4LL`, `5UB`, `6US`, `7U`, `8ULL`), floats with 7 and doubles with 15 significant digits and a
    /// trailing `f` on floats (`-999.f`, `NaNf`), text quoted with CDL escapes; a zero-length attribute
    /// prints as `""`. Embedded newlines in text are printed as ncdump prints them for netCDF-4 files
    /// (no line break); `NetCDFHeader` handles the classic-format line breaks.
    public var cdlDescription: String { cdlDescription(breakingLinesAfterNewlines: false) }

    /// The value text, breaking the line after each `\n` inside text as ncdump does for files that are not
    /// netCDF-4 (classic, 64-bit offset, CDF5, netCDF-4 classic model).
    func cdlDescription(breakingLinesAfterNewlines: Bool) -> String {
        switch value {
        case .text(let text):
            return CDLText.quoted(text, breakingLinesAfterNewlines: breakingLinesAfterNewlines)
        case .strings(let values):
            let quoted = values.map { CDLText.quoted($0, breakingLinesAfterNewlines: breakingLinesAfterNewlines) }
            return values.isEmpty ? "\"\"" : quoted.joined(separator: ", ")
        case .doubles(let values):
            if values.isEmpty { return "\"\"" }
            let isFloat = type == NetCDFPrimitiveType.float.rawValue
            return values.map { isFloat ? CDLText.float($0) : CDLText.double($0) }.joined(separator: ", ")
        case .ints(let values):
            if values.isEmpty { return "\"\"" }
            return values.map { CDLText.integer($0, type: NetCDFPrimitiveType(rawValue: type)) }
                .joined(separator: ", ")
        case .userDefined:
            return value.cdlDescription
        }
    }
}
