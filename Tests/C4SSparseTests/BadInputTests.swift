import C4SCore
import C4SSparse
import Testing

@Suite struct BadInputTests {
    let small = { try! CSRMatrix(rows: 2, columns: 3, rowIndices: [0, 1], columnIndices: [2, 0], values: [1, 2]) }()

    @Test func nanAndInfiniteValuesAreRejectedWithTheirPosition() {
        #expect(throws: SparseMatrixError.nonFiniteValue(row: 1, column: 2)) {
            try CSRMatrix(rows: 2, columns: 3, rowIndices: [0, 1], columnIndices: [0, 2], values: [1, .nan])
        }
        #expect(throws: SparseMatrixError.nonFiniteValue(row: 0, column: 0)) {
            try CSRMatrix(rows: 2, columns: 3, rowIndices: [0], columnIndices: [0], values: [-.infinity])
        }
        #expect(SparseMatrixError.nonFiniteValue(row: 1, column: 2).description.contains("NaN or infinite"))
    }

    @Test func positionsOutsideTheMatrixAndRaggedArraysAreRejected() {
        #expect(throws: SparseMatrixError.indexOutOfRange(entry: 1, row: 2, column: 0, rows: 2, columns: 3)) {
            try CSRMatrix(rows: 2, columns: 3, rowIndices: [0, 2], columnIndices: [0, 0], values: [1, 1])
        }
        #expect(throws: SparseMatrixError.indexOutOfRange(entry: 0, row: 0, column: -1, rows: 2, columns: 3)) {
            try CSRMatrix(rows: 2, columns: 3, rowIndices: [0], columnIndices: [-1], values: [1])
        }
        #expect(throws: SparseMatrixError.lengthMismatch(rowIndices: 2, columnIndices: 1, values: 2)) {
            try CSRMatrix(rows: 2, columns: 3, rowIndices: [0, 1], columnIndices: [0], values: [1, 1])
        }
        #expect(throws: SparseMatrixError.negativeDimension(rows: -1, columns: 3)) {
            try CSRMatrix(rows: -1, columns: 3, rowIndices: [], columnIndices: [], values: [])
        }
    }

    @Test func dimensionMismatchAndNaNVectorsAreRejectedByEveryFormat() throws {
        for (name, m) in try SparseTestSupport.allFormats(small, threads: 2) {
            #expect(throws: SparseMatrixError.dimensionMismatch(operation: "y = A·x", expected: 3, actual: 2), "\(name)") {
                try m.multiply([1, 2])
            }
            #expect(throws: SparseMatrixError.nonFiniteVector(name: "x", index: 1), "\(name)") {
                try m.multiply([1, .nan, 3])
            }
            #expect(try m.multiply([1, 2, 3]) == [3, 2], "\(name)")
        }
        #expect(SparseMatrixError.dimensionMismatch(operation: "y = A·x", expected: 3, actual: 2).description
            == "y = A·x: vector has 2 elements but the matrix needs 3")
    }

    @Test func solversRejectNonSquareMatricesAndBadRightHandSides() throws {
        #expect(throws: SparseMatrixError.notSquare(rows: 2, columns: 3)) {
            try IterativeSolver.conjugateGradient(small, b: [1, 1], tolerance: 1e-8, maxIterations: 10)
        }
        let square = try PoissonGenerator.poisson2D(n: 2)
        #expect(throws: SparseMatrixError.dimensionMismatch(operation: "solve A·x = b", expected: 4, actual: 3)) {
            try IterativeSolver.biCGSTAB(square, b: [1, 1, 1], tolerance: 1e-8, maxIterations: 10)
        }
        #expect(throws: SparseMatrixError.nonFiniteVector(name: "b", index: 0)) {
            try IterativeSolver.conjugateGradient(square, b: [.nan, 1, 1, 1], tolerance: 1e-8, maxIterations: 10)
        }
    }

    @Test func formatParametersAreChecked() {
        #expect(throws: SparseMatrixError.invalidParameter(name: "SELL sigma", value: "6", valid: "a positive multiple of 4")) {
            try SELLMatrix(small, sigma: 6)
        }
        #expect(throws: SparseMatrixError.invalidParameter(name: "threads", value: "0", valid: "at least 1")) {
            try VNECMatrix(small, threads: 0)
        }
        #expect(throws: SparseMatrixError.self) { try RMATGenerator.generate(scale: 4, edgeFactor: 2, a: 0.6, b: 0.3, c: 0.3, seed: 1) }
    }
}
