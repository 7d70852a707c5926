import C4SIO
import Testing

/// Value syntax. Reals follow ANSI C decimal notation plus C99's `nan`/`inf`/`infinity`
/// (the LAGraph test file `comments_west0067.mtx` holds `nan`); integers must fit in `Int64`.
@Suite struct MatrixMarketNumberTests {
    typealias Support = MatrixMarketTestSupport

    private static func readReal(_ token: String) throws -> Double {
        let matrix = try MatrixMarketReader.read(
            text: "%%MatrixMarket matrix coordinate real general\n1 1 1\n1 1 \(token)\n", name: "real.mtx")
        guard case .real(let values) = matrix.values, let value = values.first else {
            Issue.record("expected one real value")
            return 0
        }
        return value
    }

    private static func readInteger(_ token: String) throws -> Int64 {
        let matrix = try MatrixMarketReader.read(
            text: "%%MatrixMarket matrix array integer general\n1 1\n\(token)\n", name: "int.mtx")
        guard case .integer(let values) = matrix.values, let value = values.first else {
            Issue.record("expected one integer value")
            return 0
        }
        return value
    }

    @Test(arguments: [
        ("3", 3.0), ("+2", 2), ("-2.5", -2.5), (".5", 0.5), ("-.5", -0.5), ("1.", 1), ("-1.e-3", -1e-3),
        ("1E+05", 1e5), ("1e5", 1e5), ("0.1", 0.1), ("-.2788416", -0.2788416), ("1.25664e7", 12_566_400),
        ("15080.447999999997", 15080.447999999997), ("0.6088062015503876", 0.6088062015503876),
        ("0.60880620155038764", 0.6088062015503877), ("9007199254740993", 9_007_199_254_740_992),
        ("123456789012345678901234567890", 1.2345678901234568e29), ("1e22", 1e22), ("1e23", 1e23),
        ("1.7976931348623157e308", .greatestFiniteMagnitude), ("4.9e-324", .leastNonzeroMagnitude),
        ("2.2250738585072014e-308", .leastNormalMagnitude), ("1e-400", 0), ("000123.4500", 123.45),
        ("inf", .infinity), ("-Inf", -.infinity), ("+INFINITY", .infinity),
    ])
    func acceptsANSICDecimals(token: String, expected: Double) throws {
        #expect(try Self.readReal(token) == expected)
    }

    @Test func negativeZeroKeepsItsSign() throws {
        #expect(try Self.readReal("-0").sign == .minus)
        #expect(try Self.readReal("-0.0e5").sign == .minus)
    }

    @Test(arguments: ["nan", "NaN", "-nan", "+NAN"])
    func acceptsNaN(token: String) throws {
        #expect(try Self.readReal(token).isNaN)
    }

    @Test(arguments: ["1d-3", "1D+05", "0x1p3", "1e", "1e+", "e5", ".", "-", "+", "1.5.2", "nan(1)", "1,5", "--1",
                      "infinit", "1_000", "½"])
    func rejectsOtherRealSyntax(token: String) {
        let error = Support.readError("%%MatrixMarket matrix coordinate real general\n1 1 1\n1 1 \(token)\n")
        #expect(error?.line == 3)
        #expect(error?.message == "value '\(token)' is not a real number; real values are ANSI C decimal numbers "
            + "such as 3, -2.5, .5, 1e-3 or 1.5E+07, or nan, inf, -inf")
    }

    @Test func rejectsFiniteTextBeyondTheDoubleRange() {
        let error = Support.readError("%%MatrixMarket matrix coordinate real general\n1 1 1\n1 1 -1e400\n")
        #expect(error?.line == 3)
        #expect(error?.message == "value '-1e400' is beyond the largest finite double (about 1.8e308); "
            + "write inf or -inf for an infinite value")
        let slow = Support.readError("%%MatrixMarket matrix coordinate real general\n1 1 1\n1 1 1.8e308\n")
        #expect(slow?.message.hasPrefix("value '1.8e308' is beyond the largest finite double") == true)
    }

    @Test func complexPartsAreNamed() {
        let error = Support.readError("%%MatrixMarket matrix coordinate complex general\n1 1 1\n1 1 1 1d0\n")
        #expect(error?.message.hasPrefix("imaginary part '1d0' is not a real number;") == true)
        let real = Support.readError("%%MatrixMarket matrix array complex general\n1 1\nx 0\n")
        #expect(real?.message.hasPrefix("real part 'x' is not a real number;") == true)
    }

    @Test(arguments: [("42", Int64(42)), ("-7", -7), ("+8", 8), ("0007", 7),
                      ("9223372036854775807", .max), ("-9223372036854775808", .min)])
    func acceptsSixtyFourBitIntegers(token: String, expected: Int64) throws {
        #expect(try Self.readInteger(token) == expected)
    }

    @Test(arguments: ["9223372036854775808", "-9223372036854775809", "123456789012345678901234567890"])
    func rejectsIntegersBeyondSixtyFourBits(token: String) {
        let error = Support.readError("%%MatrixMarket matrix array integer general\n% c\n1 1\n\(token)\n", name: "big.mtx")
        #expect(error?.description == "big.mtx line 4: integer value '\(token)' does not fit in 64 bits; "
            + "valid integers are -9223372036854775808...9223372036854775807")
    }

    @Test(arguments: ["1.5", "1e3", "-", "0x10", "nan"])
    func rejectsNonIntegers(token: String) {
        let error = Support.readError("%%MatrixMarket matrix coordinate integer general\n1 1 1\n1 1 \(token)\n")
        #expect(error?.line == 3)
        #expect(error?.message == "value '\(token)' is not an integer; integer values are decimal digits with an "
            + "optional sign, such as 42 or -7")
    }
}
