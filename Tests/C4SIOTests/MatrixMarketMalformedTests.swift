import C4SIO
import Foundation
import Testing

/// The mirror's `matrices/malformed/` files, which LAGraph rejects. Each is read as the
/// specification allows or rejected with a message naming the file, the line, the problem and
/// what would be valid.
@Suite struct MatrixMarketMalformedTests {
    typealias Support = MatrixMarketTestSupport

    /// A file the specification forbids, and the exact error the reader gives.
    struct Rejection: Sendable, CustomTestStringConvertible {
        let file: String
        let line: Int
        let message: String

        var testDescription: String { file }
    }

    static let rejections: [Rejection] = [
        .init(file: "mangled1.mtx", line: 1, message: "unknown object 'mangled'; valid objects are matrix"),
        .init(file: "mangled2.mtx", line: 1,
              message: "unknown format 'mangled'; valid formats are coordinate, array"),
        .init(file: "mangled3.mtx", line: 1,
              message: "unknown field 'mangled'; valid fields are real, integer, complex, pattern"),
        .init(file: "mangled4.mtx", line: 1,
              message: "unknown symmetry 'mangled'; valid symmetries are general, symmetric, skew-symmetric, hermitian"),
        .init(file: "mangled5.mtx", line: 1,
              message: "symmetry 'hermitian' is not valid with field 'pattern'; valid symmetries for pattern are "
                + "general, symmetric"),
        .init(file: "mangled6.mtx", line: 1,
              message: "symmetry 'hermitian' is not valid with field 'real'; valid symmetries for real are "
                + "general, symmetric, skew-symmetric"),
        .init(file: "mangled7.mtx", line: 5,
              message: "found 2 fields in '1 1' but a real coordinate entry is 'row column value' (3 fields)"),
        .init(file: "mangled8.mtx", line: 4,
              message: "the size line '3' has 1 number; a coordinate size line is 'rows columns entries': "
                + "three integers, 0 or more"),
        .init(file: "mangled_format.mtx", line: 1,
              message: "field 'pattern' is not valid with format 'array'; array files hold real, integer or "
                + "complex values (write a pattern matrix in coordinate format)"),
        .init(file: "west0067_noheader.mtx", line: 1,
              message: "missing banner: the first line is '67 67 294' but a Matrix Market file starts with "
                + "'%%MatrixMarket matrix <coordinate|array> <real|integer|complex|pattern> "
                + "<general|symmetric|skew-symmetric|hermitian>'"),
    ]

    /// Files whose only fault, for LAGraph, is a value outside the narrow type named on their
    /// `%%GraphBLAS` line. That line is a comment to the specification and `integer` has no width,
    /// so they are valid 7x7 integer matrices.
    static let accepted = ["mangled_int16.mtx", "mangled_uint32.mtx"]

    @Test func everyMalformedFileHasADecision() throws {
        let decided = Self.rejections.map(\.file) + Self.accepted
        #expect(try Support.mirrorFiles(in: "malformed") == decided.sorted())
    }

    @Test(arguments: rejections)
    func rejectsWithFileLineAndRemedy(_ rejection: Rejection) throws {
        let url = try Support.mirrorFile("malformed/" + rejection.file)
        let error = try #require(throws: MatrixMarketError.self) { try MatrixMarketReader.read(from: url) }
        #expect(error.file == rejection.file)
        #expect(error.line == rejection.line)
        #expect(error.message == rejection.message)
        #expect(error.description == "\(rejection.file) line \(rejection.line): \(rejection.message)")
    }

    @Test func int16FileReadsValuesBeyondInt16() throws {
        let matrix = try MatrixMarketReader.read(from: try Support.mirrorFile("malformed/mangled_int16.mtx"))
        #expect(matrix.header == MatrixMarketHeader(format: .coordinate, field: .integer, symmetry: .general))
        #expect(matrix.rows == 7 && matrix.columns == 7 && matrix.storedEntryCount == 12)
        guard case .coordinate(let rows, let columns, .integer(let values)) = matrix.storage else {
            Issue.record("expected integer coordinate storage")
            return
        }
        // Lines 8 and 9: `4 1 -32769` and `1 2 32767`.
        #expect(rows[0] == 3 && columns[0] == 0 && values[0] == -32769)
        #expect(rows[1] == 0 && columns[1] == 1 && values[1] == 32767)
        // scipy.io.mmread: sum 42, sum of |v| 65580, Σ(row+1)·v -98131, Σ(col+1)·v 32973.
        let sums = Support.Checksums(matrix.expandedCoordinates())
        #expect(sums.sum.value == 42 && sums.absoluteSum.value == 65580)
        #expect(sums.rowWeightedSum.value == -98131 && sums.columnWeightedSum.value == 32973)
    }

    @Test func uint32FileReadsValuesBeyondUInt32() throws {
        let matrix = try MatrixMarketReader.read(from: try Support.mirrorFile("malformed/mangled_uint32.mtx"))
        #expect(matrix.header == MatrixMarketHeader(format: .coordinate, field: .integer, symmetry: .general))
        #expect(matrix.rows == 7 && matrix.columns == 7 && matrix.storedEntryCount == 12)
        guard case .integer(let values) = matrix.values else {
            Issue.record("expected integer values")
            return
        }
        #expect(values[1] == 4_294_967_296, "line 9 is `1 2 4294967296`")
        // scipy.io.mmread: sum 4294967340, Σ(row+1)·v 4294967474, Σ(col+1)·v 8589934800.
        let sums = Support.Checksums(matrix.expandedCoordinates())
        #expect(sums.sum.value == 4_294_967_340)
        #expect(sums.rowWeightedSum.value == 4_294_967_474 && sums.columnWeightedSum.value == 8_589_934_800)
    }
}
