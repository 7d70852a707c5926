import C4SIO
import Foundation
import Testing

/// The banner, the comment and blank lines around it, and the size line.
@Suite struct MatrixMarketHeaderTests {
    typealias Support = MatrixMarketTestSupport

    @Test func keywordsAreCaseInsensitive() throws {
        let matrix = try MatrixMarketReader.read(text: "%%matrixmarket MATRIX Coordinate REAL Skew-Symmetric\n2 2 1\n2 1 3\n",
                                                 name: "case.mtx")
        #expect(matrix.header == MatrixMarketHeader(format: .coordinate, field: .real, symmetry: .skewSymmetric))
        #expect(matrix.header.description == "%%MatrixMarket matrix coordinate real skew-symmetric")
    }

    @Test func specificationAllowsTwentyTwoCombinations() {
        var valid: [String] = []
        for format in MatrixMarketHeader.Format.allCases {
            for field in MatrixMarketHeader.Field.allCases {
                for symmetry in MatrixMarketHeader.Symmetry.allCases {
                    let header = MatrixMarketHeader(format: format, field: field, symmetry: symmetry)
                    if header.validityProblem == nil { valid.append("\(format) \(field) \(symmetry)") }
                }
            }
        }
        #expect(valid.count == 22)
        #expect(!valid.contains { $0.hasPrefix("array pattern") })
        #expect(!valid.contains("coordinate pattern skewSymmetric"))
        #expect(valid.filter { $0.hasSuffix("hermitian") } == ["coordinate complex hermitian", "array complex hermitian"])
    }

    @Test func patternSkewSymmetricIsRejected() {
        let error = Support.readError("%%MatrixMarket matrix coordinate pattern skew-symmetric\n2 2 1\n2 1\n")
        #expect(error?.line == 1)
        #expect(error?.message == "symmetry 'skew-symmetric' is not valid with field 'pattern'; "
            + "valid symmetries for pattern are general, symmetric")
    }

    @Test func emptyFileIsRejectedOnLine1() {
        let error = Support.readError("", name: "empty.mtx")
        #expect(error?.description == "empty.mtx line 1: the file is empty; a Matrix Market file starts with the "
            + "banner '%%MatrixMarket matrix <coordinate|array> <real|integer|complex|pattern> "
            + "<general|symmetric|skew-symmetric|hermitian>'")
    }

    @Test func blankFirstLineIsAMissingBanner() {
        let error = Support.readError("\n%%MatrixMarket matrix coordinate real general\n1 1 0\n")
        #expect(error?.line == 1)
        #expect(error?.message.hasPrefix("missing banner: the first line is '' but") == true)
    }

    @Test func shortBannerNamesTheMissingKeyword() {
        let error = Support.readError("%%MatrixMarket matrix coordinate real\n1 1 0\n")
        #expect(error?.line == 1)
        #expect(error?.message == "the banner ends before the symmetry; valid symmetries are general, symmetric, "
            + "skew-symmetric, hermitian")
    }

    @Test func extraBannerWordIsRejected() {
        let error = Support.readError("%%MatrixMarket matrix coordinate real general extra\n1 1 0\n")
        #expect(error?.line == 1)
        #expect(error?.message.hasPrefix("unexpected 'extra' after the symmetry;") == true)
    }

    @Test func doubleIsNotAField() {
        let error = Support.readError("%%MatrixMarket matrix coordinate double general\n1 1 0\n")
        #expect(error?.message == "unknown field 'double'; valid fields are real, integer, complex, pattern")
    }

    @Test func commentsBlankLinesCRLFTabsAndByteOrderMarkAreAccepted() throws {
        let text = "\u{FEFF}%%MatrixMarket matrix coordinate real general\r\n"
            + "% comment\r\n\r\n   \t\r\n  % indented comment\r\n"
            + "3\t2   2\r\n"
            + "% between entries\r\n\r\n"
            + "  1 2 -1.5  \r\n"
            + "3\t1\t4\r\n"
            + "% after the last entry\r\n\r\n"
        let matrix = try MatrixMarketReader.read(text: text, name: "crlf.mtx")
        #expect(matrix.rows == 3 && matrix.columns == 2)
        #expect(matrix.storage == .coordinate(rowIndices: [0, 2], columnIndices: [1, 0], values: .real([-1.5, 4])))
    }

    @Test func fileWithoutSizeLineEndsOnItsLastLine() {
        let error = Support.readError("%%MatrixMarket matrix coordinate real general\n% only a comment\n\n")
        #expect(error?.line == 3)
        #expect(error?.message == "the file ends before the size line; a coordinate size line is "
            + "'rows columns entries': three integers, 0 or more")
    }

    @Test func sizeLineMustHoldCounts() {
        let negative = Support.readError("%%MatrixMarket matrix coordinate real general\n3 -3 1\n")
        #expect(negative?.line == 2)
        #expect(negative?.message == "size '-3' is not a count; a coordinate size line is "
            + "'rows columns entries': three integers, 0 or more")
        let fraction = Support.readError("%%MatrixMarket matrix coordinate real general\n% c\n3 3 1.0\n")
        #expect(fraction?.line == 3)
        #expect(fraction?.message.hasPrefix("size '1.0' is not a count;") == true)
        let huge = Support.readError("%%MatrixMarket matrix coordinate real general\n99999999999999999999 1 0\n")
        #expect(huge?.message.hasPrefix("size '99999999999999999999' is not a count;") == true)
    }

    @Test func arraySizeLineHasTwoNumbers() {
        let error = Support.readError("%%MatrixMarket matrix array real general\n3 3 9\n")
        #expect(error?.line == 2)
        #expect(error?.message == "the size line '3 3 9' has 3 numbers; an array size line is 'rows columns': "
            + "two integers, 0 or more")
    }

    @Test func symmetricKindsMustBeSquare() {
        let error = Support.readError("%%MatrixMarket matrix coordinate real symmetric\n3 4 0\n")
        #expect(error?.line == 2)
        #expect(error?.message == "a symmetric matrix must be square but the size is 3x4; "
            + "use symmetry 'general' for a rectangular matrix")
    }

    @Test func oversizedArrayIsRejected() {
        let error = Support.readError("%%MatrixMarket matrix array real general\n9223372036854775807 2\n")
        #expect(error?.line == 2)
        #expect(error?.message.hasPrefix("a 9223372036854775807x2 array has more entries than can be counted;") == true)
    }

    @Test func emptyMatricesRead() throws {
        let coordinate = try MatrixMarketReader.read(text: "%%MatrixMarket matrix coordinate real general\n0 0 0\n",
                                                     name: "empty.mtx")
        #expect(coordinate.rows == 0 && coordinate.columns == 0 && coordinate.storedEntryCount == 0)
        let array = try MatrixMarketReader.read(text: "%%MatrixMarket matrix array real general\n0 5\n", name: "e.mtx")
        #expect(array.columns == 5 && array.storage == .array(.real([])))
        let error = Support.readError("%%MatrixMarket matrix coordinate real general\n0 0 1\n1 1 1\n")
        #expect(error?.message == "row index '1' is out of range; the matrix has no rows, so no entry is valid")
    }

    @Test func urlReadsNameTheFileByItsLastComponent() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("mm-header-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("lp_x.mtx")
        try Data("%%MatrixMarket matrix coordinate mangled general\n1 1 0\n".utf8).write(to: url)
        let error = try #require(throws: MatrixMarketError.self) { try MatrixMarketReader.read(from: url) }
        #expect(error.description
            == "lp_x.mtx line 1: unknown field 'mangled'; valid fields are real, integer, complex, pattern")
        #expect(throws: (any Error).self) {
            try MatrixMarketReader.read(from: folder.appendingPathComponent("missing.mtx"))
        }
    }
}
