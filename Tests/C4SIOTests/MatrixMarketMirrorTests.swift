import C4SIO
import Foundation
import Testing

/// Every file in the mirror's `matrices/` and `matrices/edge-cases/` folders, read against
/// values that scipy.io.mmread (SciPy 1.17.1) gave for the same files.
@Suite struct MatrixMarketMirrorTests {
    typealias Support = MatrixMarketTestSupport

    /// What one file must read as. The shape, field, symmetry and stored count come from the
    /// file's banner and size line; `expanded` and the sums over the expanded matrix come from
    /// `scipy.io.mmread(f).tocoo()`: nnz, math.fsum(v), fsum(|v|), fsum((row+1)*v), fsum((col+1)*v).
    struct Expectation: Sendable, CustomTestStringConvertible {
        let file: String
        let rows: Int
        let columns: Int
        let field: MatrixMarketHeader.Field
        let symmetry: MatrixMarketHeader.Symmetry
        let stored: Int
        let expanded: Int
        let sum: Double
        let absoluteSum: Double
        let rowWeightedSum: Double
        let columnWeightedSum: Double

        var testDescription: String { file }
    }

    static let expectations: [Expectation] = [
        .init(file: "LFAT5.mtx", rows: 14, columns: 14, field: .real, symmetry: .symmetric, stored: 30,
              expanded: 46, sum: 12581499.907366201, absoluteSum: 62908555.16819101,
              rowWeightedSum: 75521189.74052341, columnWeightedSum: 75521189.74052341),
        .init(file: "bcsstk13.mtx", rows: 2003, columns: 2003, field: .real, symmetry: .symmetric, stored: 42943,
              expanded: 83883, sum: 30220739908119.47, absoluteSum: 242559567119848.94,
              rowWeightedSum: 2.9962305285615012e+16, columnWeightedSum: 2.9962305285615012e+16),
        .init(file: "cryg2500.mtx", rows: 2500, columns: 2500, field: .real, symmetry: .general, stored: 12349,
              expanded: 12349, sum: -13508.421748371342, absoluteSum: 1448868.0837892797,
              rowWeightedSum: -2320192.345749356, columnWeightedSum: 4047283.6169454767),
        .init(file: "jagmesh7.mtx", rows: 1138, columns: 1138, field: .pattern, symmetry: .symmetric, stored: 4294,
              expanded: 7450, sum: 7450, absoluteSum: 7450, rowWeightedSum: 4237233, columnWeightedSum: 4237233),
        .init(file: "karate.mtx", rows: 34, columns: 34, field: .pattern, symmetry: .symmetric, stored: 78,
              expanded: 156, sum: 156, absoluteSum: 156, rowWeightedSum: 2691, columnWeightedSum: 2691),
        .init(file: "lp_afiro.mtx", rows: 27, columns: 51, field: .real, symmetry: .general, stored: 102,
              expanded: 102, sum: 44.37, absoluteSum: 102.47,
              rowWeightedSum: 836.8879999999999, columnWeightedSum: 1207.01),
        .init(file: "olm1000.mtx", rows: 1000, columns: 1000, field: .real, symmetry: .general, stored: 3996,
              expanded: 3996, sum: -48513.38687999772, absoluteSum: 50810723.39312,
              rowWeightedSum: -24256693.43999885, columnWeightedSum: -24302720.483198863),
        .init(file: "pushpull.mtx", rows: 4000, columns: 4000, field: .pattern, symmetry: .symmetric, stored: 99208,
              expanded: 196305, sum: 196305, absoluteSum: 196305,
              rowWeightedSum: 300343373, columnWeightedSum: 300343373),
        .init(file: "test_FW_2003.mtx", rows: 2003, columns: 2003, field: .real, symmetry: .general, stored: 23973,
              expanded: 23973, sum: 1863353, absoluteSum: 1863353,
              rowWeightedSum: 1804527649, columnWeightedSum: 1804527649),
        .init(file: "west0067.mtx", rows: 67, columns: 67, field: .real, symmetry: .general, stored: 294,
              expanded: 294, sum: 34.3087486, absoluteSum: 191.09351496,
              rowWeightedSum: 2779.61419351, columnWeightedSum: 1147.53225184),
        .init(file: "zenios.mtx", rows: 2873, columns: 2873, field: .real, symmetry: .symmetric, stored: 15032,
              expanded: 27191, sum: 250.74511763684637, absoluteSum: 250.74511763684637,
              rowWeightedSum: 84670.75704305789, columnWeightedSum: 84670.75704305789),
        .init(file: "edge-cases/LFAT5_hypersparse.mtx", rows: 2000, columns: 2000, field: .real,
              symmetry: .symmetric, stored: 30, expanded: 46, sum: 12581499.907366201,
              absoluteSum: 62908555.16819101, rowWeightedSum: 75521189.74052341,
              columnWeightedSum: 75521189.74052341),
    ]

    @Test func everyMatrixFileHasAnExpectation() throws {
        let files = try Support.mirrorFiles(in: "")
        #expect(files == Self.expectations.map(\.file).filter { !$0.contains("/") }.sorted())
    }

    @Test(arguments: expectations)
    func readsShapeCountAndValues(_ expected: Expectation) throws {
        let matrix = try MatrixMarketReader.read(from: try Support.mirrorFile(expected.file))
        #expect(matrix.rows == expected.rows)
        #expect(matrix.columns == expected.columns)
        #expect(matrix.header == MatrixMarketHeader(format: .coordinate, field: expected.field,
                                                    symmetry: expected.symmetry))
        #expect(matrix.storedEntryCount == expected.stored)

        let coordinates = matrix.expandedCoordinates()
        let sums = Support.Checksums(coordinates)
        let scale = expected.absoluteSum
        #expect(sums.count == expected.expanded)
        #expect(Support.close(sums.sum.value, expected.sum, scale: scale))
        #expect(Support.close(sums.absoluteSum.value, expected.absoluteSum, scale: scale))
        #expect(Support.close(sums.rowWeightedSum.value, expected.rowWeightedSum, scale: scale * Double(expected.rows)))
        #expect(Support.close(sums.columnWeightedSum.value, expected.columnWeightedSum,
                              scale: scale * Double(expected.columns)))
    }

    @Test func bcsstk13FirstEntriesMatchTheFileText() throws {
        let matrix = try MatrixMarketReader.read(from: try Support.mirrorFile("bcsstk13.mtx"))
        guard case .coordinate(let rows, let columns, .real(let values)) = matrix.storage else {
            Issue.record("expected real coordinate storage")
            return
        }
        // The file's first data lines after `1 1 ...` are `6 1 1023498082.5` and `7 1 -47543152.1944`.
        let index = try #require(rows.indices.first { rows[$0] == 5 && columns[$0] == 0 })
        #expect(values[index] == 1023498082.5)
        #expect(rows[index + 1] == 6 && columns[index + 1] == 0 && values[index + 1] == -47543152.1944)
    }

    @Test func lpAfiroIsRectangular() throws {
        let matrix = try MatrixMarketReader.read(from: try Support.mirrorFile("lp_afiro.mtx"))
        let coordinates = matrix.expandedCoordinates()
        #expect(coordinates.rowIndices.allSatisfy { (0..<27).contains($0) })
        #expect(coordinates.columnIndices.allSatisfy { (0..<51).contains($0) })
        #expect(coordinates.columnIndices.max() == 50)
    }

    @Test func everyEdgeCaseFileReads() throws {
        for name in try Support.mirrorFiles(in: "edge-cases") {
            #expect(throws: Never.self, "\(name)") {
                try MatrixMarketReader.read(from: try Support.mirrorFile("edge-cases/" + name))
            }
        }
    }

    @Test func hypersparseLFAT5HoldsLFAT5InALargerShape() throws {
        let small = try MatrixMarketReader.read(from: try Support.mirrorFile("LFAT5.mtx")).expandedCoordinates()
        let large = try MatrixMarketReader.read(from: try Support.mirrorFile("edge-cases/LFAT5_hypersparse.mtx"))
            .expandedCoordinates()
        #expect(large.rows == 2000 && large.columns == 2000)
        #expect(large.rowIndices == small.rowIndices)
        #expect(large.columnIndices == small.columnIndices)
        #expect(large.values == small.values)
    }

    @Test func jumbledWest0067HasTheSameEntriesInAnotherOrder() throws {
        // Its lines 5 and 7 are blank and line 6 is a comment, between the size line and the entries.
        let reference = try Self.sortedTriplets(MatrixMarketReader.read(from: try Support.mirrorFile("west0067.mtx")))
        let jumbledMatrix = try MatrixMarketReader.read(from: try Support.mirrorFile("edge-cases/west0067_jumbled.mtx"))
        let jumbled = Self.sortedTriplets(jumbledMatrix)
        #expect(jumbledMatrix.storedEntryCount == 294)
        #expect(jumbled.count == reference.count)
        #expect(zip(jumbled, reference).allSatisfy { $0 == $1 })
        guard case .coordinate(let rows, let columns, _) = jumbledMatrix.storage else { return }
        #expect(rows.first == 46 && columns.first == 44, "first entry is `47 45 -.8242248`")
    }

    @Test func commentedWest0067AddsANaNAtTheOrigin() throws {
        // Line 2 is `%%GraphBLAS type double` (a comment per the specification); line 6 is `1 1 nan`.
        let reference = try Self.sortedTriplets(MatrixMarketReader.read(from: try Support.mirrorFile("west0067.mtx")))
        let matrix = try MatrixMarketReader.read(from: try Support.mirrorFile("edge-cases/comments_west0067.mtx"))
        var triplets = Self.sortedTriplets(matrix)
        #expect(matrix.storedEntryCount == 295)
        let first = triplets.removeFirst()
        #expect(first.row == 0 && first.column == 0 && first.value.isNaN)
        #expect(triplets.count == reference.count)
        #expect(zip(triplets, reference).allSatisfy { $0 == $1 })
    }

    private static func sortedTriplets(_ matrix: MatrixMarketMatrix) -> [(row: Int, column: Int, value: Double)] {
        let coordinates = matrix.expandedCoordinates()
        guard case .real(let values) = coordinates.values else {
            Issue.record("expected real values, found \(coordinates.values.field)")
            return []
        }
        return (0..<coordinates.count)
            .map { (coordinates.rowIndices[$0], coordinates.columnIndices[$0], values[$0]) }
            .sorted { ($0.column, $0.row) < ($1.column, $1.row) }
    }
}
