/// Parses the numbers of a Matrix Market file from token bytes, following ANSI C.
///
/// Integers: an optional sign and decimal digits. Reals: an optional sign, then digits with
/// an optional fraction (`1`, `1.`, `1.5`, `.5`), then an optional exponent (`e`/`E`, an
/// optional sign, digits); or the C99 words `nan`, `inf`, `infinity` in any case. Rejected:
/// hexadecimal floats, Fortran `d` exponents, `nan(...)` payloads, thousands separators.
enum MatrixMarketNumberParser {
    /// The outcome of parsing one token.
    enum Outcome<Value> {
        case value(Value)
        /// The token does not have the number's syntax.
        case malformed
        /// The syntax is right but the value does not fit the type.
        case outOfRange
    }

    /// A decimal integer that fits in `Int64`.
    static func integer(_ token: UnsafeBufferPointer<UInt8>) -> Outcome<Int64> {
        guard token.count > 0 else { return .malformed }
        let negative = token[0] == UInt8(ascii: "-")
        var index = negative || token[0] == UInt8(ascii: "+") ? 1 : 0
        guard index < token.count else { return .malformed }
        // Accumulate negatively so that Int64.min parses without overflow.
        var value: Int64 = 0
        var overflowed = false
        while index < token.count {
            let digit = token[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return .malformed }
            let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (next, overflow2) = shifted.subtractingReportingOverflow(Int64(digit))
            overflowed = overflowed || overflow1 || overflow2
            value = next
            index += 1
        }
        if overflowed { return .outOfRange }
        if negative { return .value(value) }
        return value == .min ? .outOfRange : .value(-value)
    }

    /// A finite or infinite double, or NaN. Finite text whose value overflows `Double` is
    /// `.outOfRange`; values below the smallest subnormal round to zero as in C.
    static func real(_ token: UnsafeBufferPointer<UInt8>) -> Outcome<Double> {
        guard token.count > 0 else { return .malformed }
        let negative = token[0] == UInt8(ascii: "-")
        let signLength = negative || token[0] == UInt8(ascii: "+") ? 1 : 0
        guard signLength < token.count else { return .malformed }
        let unsigned = UnsafeBufferPointer(rebasing: token[signLength...])
        let magnitude: Double
        if isLetter(unsigned[0]) {
            guard let special = specialValue(unsigned) else { return .malformed }
            magnitude = special
        } else {
            guard let decimal = decimalValue(unsigned) else { return .malformed }
            if decimal.isInfinite { return .outOfRange }
            magnitude = decimal
        }
        return .value(negative ? -magnitude : magnitude)
    }

    /// The value of unsigned decimal text, correctly rounded; nil when the syntax is wrong.
    private static func decimalValue(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var scan = DecimalScan(text: text)
        scan.readDigits(fraction: false)
        if scan.next == UInt8(ascii: ".") {
            scan.index += 1
            scan.readDigits(fraction: true)
        }
        guard scan.digitCount > 0 else { return nil }
        if scan.next == UInt8(ascii: "e") || scan.next == UInt8(ascii: "E") {
            scan.index += 1
            guard scan.readExponent() else { return nil }
        }
        guard scan.index == text.count else { return nil }
        // Clinger's fast path: both operands are exact doubles, so one IEEE operation rounds correctly.
        let exponent = scan.decimalExponent
        if scan.significandIsExact && scan.significand <= 1 << 53 && exponent >= -22 && exponent <= 22 {
            let value = Double(scan.significand)
            return exponent >= 0 ? value * exactPowersOfTen[exponent] : value / exactPowersOfTen[-exponent]
        }
        return Double(String(decoding: text, as: UTF8.self))
    }

    /// The state of reading one unsigned decimal: digits folded into an integer significand and
    /// a power-of-ten exponent, exact while the significand stays below 10^18.
    private struct DecimalScan {
        let text: UnsafeBufferPointer<UInt8>
        var index = 0
        var significand: UInt64 = 0
        var significandIsExact = true
        var digitCount = 0
        var decimalExponent = 0

        /// The byte at `index`, or 0 at the end.
        var next: UInt8 { index < text.count ? text[index] : 0 }

        mutating func readDigits(fraction: Bool) {
            while index < text.count {
                let digit = text[index] &- UInt8(ascii: "0")
                guard digit < 10 else { return }
                digitCount += 1
                if significand < 100_000_000_000_000_000 {
                    significand = significand &* 10 &+ UInt64(digit)
                    if fraction { decimalExponent -= 1 }
                } else {
                    significandIsExact = false
                }
                index += 1
            }
        }

        /// Reads `[+-]digits` after the `e`; false when there are no digits.
        mutating func readExponent() -> Bool {
            let negative = next == UInt8(ascii: "-")
            if negative || next == UInt8(ascii: "+") { index += 1 }
            var exponent = 0
            var exponentDigits = 0
            while index < text.count {
                let digit = text[index] &- UInt8(ascii: "0")
                guard digit < 10 else { break }
                if exponent < 100_000 { exponent = exponent * 10 + Int(digit) }
                exponentDigits += 1
                index += 1
            }
            decimalExponent += negative ? -exponent : exponent
            return exponentDigits > 0
        }
    }

    private static func specialValue(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        switch String(decoding: text, as: UTF8.self).lowercased() {
        case "nan": .nan
        case "inf", "infinity": .infinity
        default: nil
        }
    }

    /// 10^0 ... 10^22, every one exactly representable as a double.
    private static let exactPowersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26
    }
}
