import C4SSparse
import Testing

@Suite struct StencilOperatorGeneratorTests {
    /// The 27 offsets of a 3x3x3 box, row-major.
    let box = (-1...1).flatMap { z in (-1...1).flatMap { y in (-1...1).map { x in [z, y, x] } } }

    @Test func dirichletBoxHasOneEntryPerNeighbourInsideAndTheRestInTheHalo() throws {
        let op = try StencilOperatorGenerator.generate(dims: [3, 4, 5], offsets: box, weights: Array(repeating: 1, count: 27),
                                                       boundary: .dirichlet(2))
        let a = op.matrix
        // Pairs of points at Chebyshev distance <= 1: per axis of n points, n + 2(n - 1) offset pairs.
        #expect(a.rows == 60 && a.columns == 60 && a.nonzeros == 7 * 10 * 13)
        for r in 0..<60 {
            let entries = a.row(r)
            #expect(entries.map(\.column) == entries.map(\.column).sorted())
            #expect(op.haloContribution[r] == 2 * Double(27 - entries.count), "row \(r)")
        }
        // Interior point (1, 1, 1) = row 26: the full box; corner (0, 0, 0): 8 neighbours.
        #expect(a.row(26).count == 27 && a.row(0).map(\.column) == [0, 1, 5, 6, 20, 21, 25, 26])
    }

    @Test func periodicWrapsAndSumsTapsThatLandOnOneColumn() throws {
        let three = try StencilOperatorGenerator.generate(dims: [5], offsets: [[-1], [0], [1]], weights: [0.25, 0.5, 0.125],
                                                          boundary: .periodic)
        #expect(three.matrix.nonzeros == 15 && three.haloContribution == [0, 0, 0, 0, 0])
        #expect(three.matrix.row(0).map(\.column) == [0, 1, 4] && three.matrix.row(0).map(\.value) == [0.5, 0.125, 0.25])
        // On 2 points, offsets -1 and +1 reach the same neighbour.
        let two = try StencilOperatorGenerator.generate(dims: [2], offsets: [[-1], [0], [1]], weights: [0.25, 0.5, 0.125],
                                                        boundary: .periodic)
        #expect(two.matrix.nonzeros == 4 && two.matrix.denseValues() == [0.5, 0.375, 0.375, 0.5])
    }

    @Test func zeroWeightsStoreNothingAndThreadsGiveTheSameMatrix() throws {
        let weights = (0..<27).map { Double($0 % 3) }  // every third weight is 0
        let one = try StencilOperatorGenerator.generate(dims: [4, 5, 6], offsets: box, weights: weights, boundary: .periodic)
        let two = try StencilOperatorGenerator.generate(dims: [4, 5, 6], offsets: box, weights: weights, boundary: .periodic, threads: 2)
        #expect(one.matrix.nonzeros == 120 * 18 && two.matrix.threads == 2)
        #expect(one.matrix.denseValues() == two.matrix.denseValues())
    }

    @Test func badInputNamesTheParameter() {
        #expect(throws: SparseMatrixError.invalidParameter(name: "stencil offset 1", value: "[0]", valid: "2 components, one per grid axis")) {
            try StencilOperatorGenerator.generate(dims: [4, 4], offsets: [[0, 0], [0]], weights: [1, 1], boundary: .periodic)
        }
        #expect(throws: SparseMatrixError.invalidParameter(name: "stencil weight 0", value: "nan", valid: "a finite number")) {
            try StencilOperatorGenerator.generate(dims: [4], offsets: [[0]], weights: [.nan], boundary: .periodic)
        }
        #expect(throws: SparseMatrixError.self) {
            try StencilOperatorGenerator.generate(dims: [4, 4, 4, 4], offsets: [], weights: [], boundary: .periodic)
        }
        #expect(throws: SparseMatrixError.self) {
            try StencilOperatorGenerator.generate(dims: [2000, 2000, 2000], offsets: [], weights: [], boundary: .periodic)
        }
        #expect(throws: SparseMatrixError.self) {
            try StencilOperatorGenerator.generate(dims: [4], offsets: [[0]], weights: [1], boundary: .dirichlet(.infinity))
        }
    }
}
