import C4SIO
import Testing

/// Coordinate entries: positions, symmetric storage rules and entry counts.
@Suite struct MatrixMarketEntryTests {
    typealias Support = MatrixMarketTestSupport

    private static func file(_ banner: String, _ lines: String...) -> String {
        "%%MatrixMarket matrix \(banner)\n" + lines.map { $0 + "\n" }.joined()
    }

    @Test func skewSymmetricDiagonalEntryIsRejected() {
        let error = Support.readError(Self.file("coordinate real skew-symmetric", "3 3 2", "2 1 1.5", "2 2 1"))
        #expect(error?.line == 4)
        #expect(error?.message == "entry (2, 2) lies on the diagonal, which is zero in a skew-symmetric matrix; "
            + "a skew-symmetric file stores only entries strictly below the diagonal (row > column)")
    }

    @Test func symmetricUpperTriangleEntryIsRejected() {
        let error = Support.readError(Self.file("coordinate real symmetric", "3 3 2", "1 1 1", "% c", "1 3 2"))
        #expect(error?.line == 5)
        #expect(error?.message == "entry (1, 3) lies above the diagonal; a symmetric file stores only entries on "
            + "or below the diagonal (row >= column), e.g. (3, 1)")
        let hermitian = Support.readError(Self.file("coordinate complex hermitian", "2 2 1", "1 2 1 1"))
        #expect(hermitian?.line == 3)
        #expect(hermitian?.message.hasPrefix("entry (1, 2) lies above the diagonal; a hermitian file") == true)
        let skew = Support.readError(Self.file("coordinate integer skew-symmetric", "2 2 1", "1 2 1"))
        #expect(skew?.message.hasPrefix("entry (1, 2) lies above the diagonal; a skew-symmetric file") == true)
    }

    @Test(arguments: [
        ("4 1 1", "row index '4' is out of range; valid rows are 1...3 (indices are 1-based)"),
        ("0 1 1", "row index '0' is out of range; valid rows are 1...3 (indices are 1-based)"),
        ("-1 1 1", "row index '-1' is out of range; valid rows are 1...3 (indices are 1-based)"),
        ("1 3 1", "column index '3' is out of range; valid columns are 1...2 (indices are 1-based)"),
        ("1 99999999999999999999 1",
         "column index '99999999999999999999' is out of range; valid columns are 1...2 (indices are 1-based)"),
        ("1.0 1 1", "row index '1.0' is not an integer; valid rows are 1...3 (indices are 1-based)"),
        ("1 x 1", "column index 'x' is not an integer; valid columns are 1...2 (indices are 1-based)"),
    ])
    func indexOutOfRangeIsRejected(line: String, message: String) {
        let error = Support.readError(Self.file("coordinate real general", "3 2 2", "1 1 1", line), name: "idx.mtx")
        #expect(error?.description == "idx.mtx line 4: " + message)
    }

    @Test func tooFewEntriesNameTheLineWhereTheFileEnded() {
        let trailing = Support.readError(Self.file("coordinate real general", "% c", "3 3 3", "1 1 1", "2 2 2", "% end"))
        #expect(trailing?.line == 6)
        #expect(trailing?.message == "the file ends after 2 of the 3 entries that the size line (line 3) calls for; "
            + "add the missing 1 or correct the size line")
        let unterminated = Support.readError("%%MatrixMarket matrix coordinate pattern general\n3 3 3\n1 1\n2 2")
        #expect(unterminated?.line == 4)
        #expect(unterminated?.message.hasPrefix("the file ends after 2 of the 3 entries") == true)
        let none = Support.readError(Self.file("coordinate real general", "3 3 1"))
        #expect(none?.line == 2)
    }

    @Test func tooManyEntriesNameTheFirstExtraLine() {
        let error = Support.readError(Self.file("coordinate real general", "3 3 2", "1 1 1", "2 2 2", "", "% c", "3 3 3",
                                                "1 2 4"))
        #expect(error?.line == 7)
        #expect(error?.message == "found more than the 2 entries that the size line (line 2) calls for, starting "
            + "here with '3 3 3'; remove the extra lines or correct the size line")
    }

    @Test func entriesNeedExactlyTheirFields() {
        let pattern = Support.readError(Self.file("coordinate pattern general", "2 2 1", "1 1 1"))
        #expect(pattern?.message == "found 3 fields in '1 1 1' but a pattern coordinate entry is 'row column' "
            + "(2 fields)")
        let complex = Support.readError(Self.file("coordinate complex general", "2 2 1", "1 1 1"))
        #expect(complex?.message == "found 3 fields in '1 1 1' but a complex coordinate entry is "
            + "'row column real imaginary' (4 fields)")
        let integer = Support.readError(Self.file("coordinate integer general", "2 2 1", "1 1 1 % note"))
        #expect(integer?.line == 3)
        #expect(integer?.message.hasPrefix("found 5 fields in '1 1 1 % note'") == true)
    }

    @Test func longTokensAreShortenedInMessages() {
        let token = String(repeating: "7", count: 100)
        let error = Support.readError(Self.file("coordinate real general", "2 2 1", "1 1 x" + token))
        #expect(error?.message == "value 'x" + String(repeating: "7", count: 39)
            + "...' is not a real number; real values are ANSI C decimal numbers such as 3, -2.5, .5, 1e-3 or "
            + "1.5E+07, or nan, inf, -inf")
    }

    @Test func hermitianDiagonalMustBeReal() throws {
        let error = Support.readError(Self.file("coordinate complex hermitian", "2 2 2", "2 1 1 1", "2 2 3 0.5"))
        #expect(error?.line == 4)
        #expect(error?.message == "diagonal entry (2, 2) has imaginary part 0.5; the diagonal of a hermitian "
            + "matrix is real (imaginary part 0)")
        let valid = try MatrixMarketReader.read(text: Self.file("coordinate complex hermitian", "2 2 2", "2 1 1 1",
                                                                "2 2 3 -0"), name: "h.mtx")
        #expect(valid.values == .complex(real: [1, 3], imaginary: [1, 0]))
    }

    @Test func skewSymmetricIntegerMinimumHasNoMirror() {
        let error = Support.readError(Self.file("coordinate integer skew-symmetric", "2 2 1", "2 1 -9223372036854775808"))
        #expect(error?.line == 3)
        #expect(error?.message == "integer value -9223372036854775808 has no negation in 64 bits, so its "
            + "skew-symmetric mirror cannot be stored; valid skew-symmetric integers are "
            + "-9223372036854775807...9223372036854775807")
    }

    @Test func duplicatePositionsAreKeptAsStored() throws {
        let matrix = try MatrixMarketReader.read(text: Self.file("coordinate integer general", "2 2 2", "1 1 3", "1 1 4"),
                                                 name: "dup.mtx")
        #expect(matrix.storage == .coordinate(rowIndices: [0, 0], columnIndices: [0, 0], values: .integer([3, 4])))
        #expect(Support.dense(matrix.expandedCoordinates())[0][0] == Support.Complex(re: 7, im: 0))
    }
}
