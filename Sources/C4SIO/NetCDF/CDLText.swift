import Foundation

/// Text in CDL (the netCDF description language) as `ncdump` writes it: escaped names, quoted strings and
/// numbers with ncdump's precision and type suffixes.
enum CDLText {
    /// Characters ncdump escapes with a backslash in names (netCDF forbids control characters there).
    private static let specialNameCharacters: Set<Character> = [
        " ", "!", "\"", "#", "$", "&", "'", "(", ")", "*", ",", ":", ";", "<", "=", ">", "?", "[", "\\", "]",
        "^", "`", "{", "|", "}", "~",
    ]

    /// A name with CDL specials escaped; a leading digit is escaped too (`2010_x` → `\2010_x`).
    static func escapedName(_ name: String) -> String {
        var result = ""
        if let first = name.first, first.isASCII, first.isNumber { result.append("\\") }
        for character in name {
            if specialNameCharacters.contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }

    /// `text` in double quotes with ncdump's escapes (`\"`, `\\`, `\'`, `\n`, `\t`, `\r`, `\b`, `\f`, `\v`,
    /// other control bytes as three octal digits). With `breakingLinesAfterNewlines`, each `\n` is followed
    /// by `",` and a new line indented by three tabs, as ncdump prints text in non-netCDF-4 files.
    static func quoted(_ text: String, breakingLinesAfterNewlines: Bool) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: result += breakingLinesAfterNewlines ? "\\n\",\n\t\t\t\"" : "\\n"
            case 0x08: result += "\\b"
            case 0x0C: result += "\\f"
            case 0x0D: result += "\\r"
            case 0x09: result += "\\t"
            case 0x0B: result += "\\v"
            case 0x5C: result += "\\\\"
            case 0x27: result += "\\'"
            case 0x22: result += "\\\""
            case 0..<0x20, 0x7F:
                let octal = String(scalar.value, radix: 8)
                result += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A float value as ncdump prints it: `%#.7g` with trailing zeros removed, then `f` (`-999.f`,
    /// `1.e+20f`, `NaNf`, `-Infinityf`).
    static func float(_ value: Double) -> String {
        finite(value, significantDigits: 7) + "f"
    }

    /// A double value as ncdump prints it: `%#.15g` with trailing zeros removed (`-1.`, `0.01`, `NaN`,
    /// `Infinity`).
    static func double(_ value: Double) -> String {
        finite(value, significantDigits: 15)
    }

    /// An integer attribute value with the CDL suffix of its type (`b`, `s`, none, `LL`, `UB`, `US`, `U`,
    /// `ULL`); `uint64` values are given by bit pattern and printed unsigned.
    static func integer(_ value: Int64, type: NetCDFPrimitiveType?) -> String {
        switch type {
        case .byte: "\(value)b"
        case .short: "\(value)s"
        case .int64: "\(value)LL"
        case .ubyte: "\(value)UB"
        case .ushort: "\(value)US"
        case .uint: "\(value)U"
        case .uint64: "\(UInt64(bitPattern: value))ULL"
        default: "\(value)"
        }
    }

    private static func finite(_ value: Double, significantDigits: Int) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return trimmingTrailingZeros(String(format: "%#.\(significantDigits)g", value))
    }

    /// ncdump's `tztrim`: removes zeros at the end of the mantissa after the decimal point, keeping the
    /// point itself and any exponent (`1.000000e+20` → `1.e+20`, `0.0100000` → `0.01`).
    private static func trimmingTrailingZeros(_ text: String) -> String {
        let mantissaEnd = text.firstIndex { $0 == "e" || $0 == "E" } ?? text.endIndex
        var mantissa = text[..<mantissaEnd]
        guard mantissa.contains(".") else { return text }
        while mantissa.last == "0" { mantissa.removeLast() }
        return String(mantissa) + text[mantissaEnd...]
    }
}
