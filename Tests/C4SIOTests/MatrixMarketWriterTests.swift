import C4SIO
import Foundation
import Testing

/// Writing: exact text, atomic files, and round trips through the reader.
@Suite struct MatrixMarketWriterTests {
    typealias Support = MatrixMarketTestSupport

    /// Doubles that are hard to print exactly (NaN is checked apart: it never compares equal).
    static let trickyReals: [Double] = [
        0.1, -1.0 / 3.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 1e16, 123_456_789.125, .infinity,
        -.infinity, .leastNormalMagnitude, 1e-7, 3, -0.0, Double(1 << 53) + 2, 0.6088062015503876,
    ]
    static let trickyIntegers: [Int64] = [0, 1, -1, .max, .min + 1, 4_294_967_296, -32769, 42]

    /// Every header the specification allows.
    static let validHeaders: [MatrixMarketHeader] = MatrixMarketHeader.Format.allCases.flatMap { format in
        MatrixMarketHeader.Field.allCases.flatMap { field in
            MatrixMarketHeader.Symmetry.allCases.compactMap { symmetry in
                let header = MatrixMarketHeader(format: format, field: field, symmetry: symmetry)
                return header.validityProblem == nil ? header : nil
            }
        }
    }

    /// A 3x3 (or 3x2 general coordinate) matrix of `header`'s kind holding every position its
    /// storage allows, with values cycling through the tricky lists.
    static func sample(_ header: MatrixMarketHeader) -> MatrixMarketMatrix {
        let columns = header.symmetry == .general && header.format == .coordinate ? 2 : 3
        var positions: [(row: Int, column: Int)] = []
        for column in 0..<columns {
            for row in 0..<3 {
                switch header.symmetry {
                case .general: positions.append((row, column))
                case .symmetric, .hermitian: if row >= column { positions.append((row, column)) }
                case .skewSymmetric: if row > column { positions.append((row, column)) }
                }
            }
        }
        let count = positions.count
        let reals = (0..<count).map { trickyReals[$0 % trickyReals.count] }
        let values: MatrixMarketValues = switch header.field {
        case .real: .real(reals)
        case .integer: .integer((0..<count).map { trickyIntegers[$0 % trickyIntegers.count] })
        case .complex: .complex(real: reals, imaginary: positions.enumerated().map { index, position in
            header.symmetry == .hermitian && position.row == position.column
                ? 0 : trickyReals[(index + 5) % trickyReals.count]
        })
        case .pattern: .pattern
        }
        if header.format == .array {
            return MatrixMarketMatrix(rows: 3, columns: columns, symmetry: header.symmetry, arrayValues: values)
        }
        return MatrixMarketMatrix(rows: 3, columns: columns, symmetry: header.symmetry,
                                  rowIndices: positions.map(\.row), columnIndices: positions.map(\.column), values: values)
    }

    @Test func validHeadersAreTheTwentyTwo() {
        #expect(Self.validHeaders.count == 22)
    }

    @Test(arguments: validHeaders)
    func roundTripsThroughText(_ header: MatrixMarketHeader) throws {
        let matrix = Self.sample(header)
        #expect(matrix.header == header)
        let text = MatrixMarketWriter.text(matrix)
        #expect(text.hasPrefix(header.description + "\n"))
        let back = try MatrixMarketReader.read(text: text, name: "round.mtx")
        #expect(back == matrix)
        #expect(back.expandedCoordinates() == matrix.expandedCoordinates())
    }

    @Test func signOfZeroAndNaNSurvive() throws {
        let matrix = MatrixMarketMatrix(rows: 1, columns: 3, symmetry: .general,
                                        arrayValues: .real([-0.0, .nan, -.nan]))
        let text = MatrixMarketWriter.text(matrix)
        #expect(text == "%%MatrixMarket matrix array real general\n1 3\n-0\nnan\nnan\n")
        let back = try MatrixMarketReader.read(text: text, name: "nan.mtx")
        guard case .real(let values) = back.values else {
            Issue.record("expected real values")
            return
        }
        #expect(values[0].sign == .minus && values[0] == 0)
        #expect(values[1].isNaN && values[2].isNaN)
    }

    @Test func writesTheExpectedText() {
        let coordinate = MatrixMarketMatrix(rows: 3, columns: 3, symmetry: .symmetric, rowIndices: [0, 2, 2],
                                            columnIndices: [0, 0, 1], values: .real([1.5, -2, 1e-5]))
        #expect(MatrixMarketWriter.text(coordinate)
            == "%%MatrixMarket matrix coordinate real symmetric\n3 3 3\n1 1 1.5\n3 1 -2\n3 2 1e-05\n")
        let pattern = MatrixMarketMatrix(rows: 2, columns: 4, symmetry: .general, rowIndices: [1],
                                         columnIndices: [3], values: .pattern)
        #expect(MatrixMarketWriter.text(pattern) == "%%MatrixMarket matrix coordinate pattern general\n2 4 1\n2 4\n")
        let array = MatrixMarketMatrix(rows: 1, columns: 2, symmetry: .general,
                                       arrayValues: .complex(real: [1, 0.5], imaginary: [-1, .infinity]))
        #expect(MatrixMarketWriter.text(array) == "%%MatrixMarket matrix array complex general\n1 2\n1 -1\n0.5 inf\n")
    }

    @Test(arguments: ["bcsstk13.mtx", "pushpull.mtx", "cryg2500.mtx", "lp_afiro.mtx"])
    func mirrorFilesRoundTrip(_ name: String) throws {
        let matrix = try MatrixMarketReader.read(from: try Support.mirrorFile(name))
        let back = try MatrixMarketReader.read(text: MatrixMarketWriter.text(matrix), name: name)
        #expect(back == matrix)
    }

    @Test func writesAtomicallyInPlace() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("mm-writer-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("out.mtx")

        let first = Self.sample(MatrixMarketHeader(format: .coordinate, field: .real, symmetry: .general))
        try MatrixMarketWriter.write(first, to: url)
        #expect(try MatrixMarketReader.read(from: url) == first)

        try (Data("old contents, longer than the new file ".utf8) + Data(count: 4096)).write(to: url)
        let second = MatrixMarketMatrix(rows: 1, columns: 1, symmetry: .general, arrayValues: .integer([7]))
        try MatrixMarketWriter.write(second, to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "%%MatrixMarket matrix array integer general\n1 1\n7\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.mtx"],
                "no temporary file is left behind")

        let missing = folder.appendingPathComponent("no-such-folder/out.mtx")
        #expect(throws: (any Error).self) { try MatrixMarketWriter.write(second, to: missing) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.mtx"])
    }
}
