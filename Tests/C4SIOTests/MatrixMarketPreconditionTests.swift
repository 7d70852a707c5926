import C4SIO
import Testing

/// In-memory matrices that break the specification's rules stop the process (preconditions);
/// the reader reports the same rules as errors instead.
@Suite struct MatrixMarketPreconditionTests {
    @Test func upperTriangleEntryOfASymmetricMatrixIsAPreconditionFailure() async {
        await #expect(processExitsWith: .failure) {
            _ = MatrixMarketMatrix(rows: 2, columns: 2, symmetry: .symmetric, rowIndices: [0], columnIndices: [1],
                                   values: .real([1]))
        }
    }

    @Test func wrongArrayCountIsAPreconditionFailure() async {
        await #expect(processExitsWith: .failure) {
            _ = MatrixMarketMatrix(rows: 2, columns: 2, symmetry: .skewSymmetric, arrayValues: .real([1, 2]))
        }
    }
}
