import C4SIO
import Testing

/// `expandedCoordinates()` against dense matrices written out by hand.
@Suite struct MatrixMarketExpansionTests {
    typealias Support = MatrixMarketTestSupport
    typealias Complex = Support.Complex

    /// The stored (lower-triangle) entries of a dense square matrix, column by column.
    private static func lowerTriangle(of dense: [[Complex]], strict: Bool) -> [(row: Int, column: Int, value: Complex)] {
        var entries: [(row: Int, column: Int, value: Complex)] = []
        for column in dense.indices {
            for row in dense.indices where row > column || (!strict && row == column) {
                if dense[row][column] != Complex(re: 0, im: 0) { entries.append((row, column, dense[row][column])) }
            }
        }
        return entries
    }

    private static func matrix(
        from entries: [(row: Int, column: Int, value: Complex)], size: Int,
        symmetry: MatrixMarketHeader.Symmetry, field: MatrixMarketHeader.Field
    ) -> MatrixMarketMatrix {
        let values: MatrixMarketValues = switch field {
        case .real: .real(entries.map(\.value.re))
        case .integer: .integer(entries.map { Int64($0.value.re) })
        case .complex: .complex(real: entries.map(\.value.re), imaginary: entries.map(\.value.im))
        case .pattern: .pattern
        }
        return MatrixMarketMatrix(rows: size, columns: size, symmetry: symmetry, rowIndices: entries.map(\.row),
                                  columnIndices: entries.map(\.column), values: values)
    }

    private static func real(_ rows: [[Double]]) -> [[Complex]] {
        rows.map { $0.map { Complex(re: $0, im: 0) } }
    }

    @Test(arguments: [MatrixMarketHeader.Field.real, .integer])
    func symmetricMirrorsOffDiagonalEntries(field: MatrixMarketHeader.Field) {
        let dense = Self.real([[4, 1, 0, 2], [1, 5, 3, 0], [0, 3, 6, -7], [2, 0, -7, 0]])
        let stored = Self.lowerTriangle(of: dense, strict: false)
        let matrix = Self.matrix(from: stored, size: 4, symmetry: .symmetric, field: field)
        let expanded = matrix.expandedCoordinates()
        #expect(Support.dense(expanded) == dense)
        #expect(expanded.count == 2 * stored.count - 3, "three diagonal entries are not mirrored")
        #expect(expanded.rowIndices.prefix(3) == [0, 1, 0] && expanded.columnIndices.prefix(3) == [0, 0, 1],
                "each stored entry is followed by its mirror")
    }

    @Test(arguments: [MatrixMarketHeader.Field.real, .integer])
    func skewSymmetricNegatesMirrors(field: MatrixMarketHeader.Field) {
        let dense = Self.real([[0, -1, 0, -2], [1, 0, -3, 0], [0, 3, 0, 7], [2, 0, -7, 0]])
        let stored = Self.lowerTriangle(of: dense, strict: true)
        let matrix = Self.matrix(from: stored, size: 4, symmetry: .skewSymmetric, field: field)
        #expect(Support.dense(matrix.expandedCoordinates()) == dense)
    }

    @Test func patternSymmetricMirrorsPositions() {
        let dense = Self.real([[1, 1, 0], [1, 0, 1], [0, 1, 1]])
        let stored = Self.lowerTriangle(of: dense, strict: false)
        let matrix = Self.matrix(from: stored, size: 3, symmetry: .symmetric, field: .pattern)
        let expanded = matrix.expandedCoordinates()
        #expect(expanded.values == .pattern)
        #expect(Support.dense(expanded) == dense)
    }

    @Test func hermitianConjugatesMirrors() {
        let dense: [[Complex]] = [
            [.init(re: 2, im: 0), .init(re: 1, im: -1), .init(re: 0, im: 3)],
            [.init(re: 1, im: 1), .init(re: 5, im: 0), .init(re: 0, im: 0)],
            [.init(re: 0, im: -3), .init(re: 0, im: 0), .init(re: -1, im: 0)],
        ]
        let stored = Self.lowerTriangle(of: dense, strict: false)
        let matrix = Self.matrix(from: stored, size: 3, symmetry: .hermitian, field: .complex)
        #expect(Support.dense(matrix.expandedCoordinates()) == dense)
    }

    @Test func complexSymmetricAndSkewDoNotConjugate() {
        let symmetric: [[Complex]] = [[.init(re: 1, im: 1), .init(re: 2, im: 3)], [.init(re: 2, im: 3), .init(re: 0, im: 0)]]
        let skew: [[Complex]] = [[.init(re: 0, im: 0), .init(re: -2, im: -3)], [.init(re: 2, im: 3), .init(re: 0, im: 0)]]
        let s = Self.matrix(from: Self.lowerTriangle(of: symmetric, strict: false), size: 2, symmetry: .symmetric,
                            field: .complex)
        let k = Self.matrix(from: Self.lowerTriangle(of: skew, strict: true), size: 2, symmetry: .skewSymmetric,
                            field: .complex)
        #expect(Support.dense(s.expandedCoordinates()) == symmetric)
        #expect(Support.dense(k.expandedCoordinates()) == skew)
    }

    @Test func generalCoordinatesComeOutAsStored() {
        let matrix = MatrixMarketMatrix(rows: 2, columns: 3, symmetry: .general, rowIndices: [1, 0, 1],
                                        columnIndices: [2, 0, 0], values: .real([1.5, -2, 0]))
        let expanded = matrix.expandedCoordinates()
        #expect(expanded.rows == 2 && expanded.columns == 3)
        #expect(expanded.rowIndices == [1, 0, 1] && expanded.columnIndices == [2, 0, 0])
        #expect(expanded.values == .real([1.5, -2, 0]))
    }

    @Test func arraysOfEverySymmetryMatchTheirDenseForm() {
        let general = MatrixMarketMatrix(rows: 2, columns: 2, symmetry: .general, arrayValues: .integer([1, 2, 0, 4]))
        #expect(Support.dense(general.expandedCoordinates()) == Self.real([[1, 0], [2, 4]]))
        #expect(general.expandedCoordinates().count == 4, "explicit zeros in an array are listed")
        let symmetric = MatrixMarketMatrix(rows: 2, columns: 2, symmetry: .symmetric, arrayValues: .real([1, 2, 4]))
        #expect(Support.dense(symmetric.expandedCoordinates()) == Self.real([[1, 2], [2, 4]]))
        let skew = MatrixMarketMatrix(rows: 3, columns: 3, symmetry: .skewSymmetric,
                                      arrayValues: .complex(real: [1, 2, 3], imaginary: [1, 0, -1]))
        let skewDense: [[Complex]] = [
            [.init(re: 0, im: 0), .init(re: -1, im: -1), .init(re: -2, im: 0)],
            [.init(re: 1, im: 1), .init(re: 0, im: 0), .init(re: -3, im: 1)],
            [.init(re: 2, im: 0), .init(re: 3, im: -1), .init(re: 0, im: 0)],
        ]
        #expect(Support.dense(skew.expandedCoordinates()) == skewDense)
    }
}
