/// The values of a netCDF attribute.
///
/// Numeric attributes keep their values exactly: `float` and `double` attributes become `.doubles` (a
/// float widened to a double keeps its binary value, so `-1.8f` is `-1.7999999523162842`); the integer
/// types become `.ints`, `uint64` values above `Int64.max` by their bit pattern (the attribute's `type` says
/// `uint64`). `char` attributes become `.text` without trailing NUL bytes, `string` attributes `.strings`.
public enum NetCDFAttributeValue: Sendable, Equatable {
    /// A `char` attribute, decoded as UTF-8 (invalid bytes become U+FFFD), trailing NULs removed.
    case text(String)
    /// The values of a `float` or `double` attribute.
    case doubles([Double])
    /// The values of an integer attribute (byte, short, int, int64, ubyte, ushort, uint, uint64).
    case ints([Int64])
    /// The values of a netCDF-4 `string` attribute.
    case strings([String])
    /// An attribute of a user-defined type (compound, vlen, enum, opaque) named `type`, holding `count`
    /// values that this reader does not decode.
    case userDefined(type: String, count: Int)

    /// The values as CDL text without type suffixes: text and strings quoted with CDL escapes, integers
    /// in decimal, doubles as ncdump prints doubles (15 significant digits, `NaN`, `Infinity`), values
    /// separated by `", "`. For ncdump-exact text with type suffixes (`1s`, `-999.f`) use
    /// `NetCDFAttribute.cdlDescription`.
    public var cdlDescription: String {
        switch self {
        case .text(let text):
            CDLText.quoted(text, breakingLinesAfterNewlines: false)
        case .doubles(let values):
            values.map(CDLText.double).joined(separator: ", ")
        case .ints(let values):
            values.map(String.init).joined(separator: ", ")
        case .strings(let values):
            values.map { CDLText.quoted($0, breakingLinesAfterNewlines: false) }.joined(separator: ", ")
        case .userDefined(let type, let count):
            "/* \(count) value\(count == 1 ? "" : "s") of user-defined type \(type), not decoded */"
        }
    }

    /// The values as doubles when the attribute is numeric; nil for text, strings and user-defined types.
    var numbers: [Double]? {
        switch self {
        case .doubles(let values): values
        case .ints(let values): values.map(Double.init)
        case .text, .strings, .userDefined: nil
        }
    }
}
