import C4SCore
import C4SSparse
import Testing

@Suite struct CSRMatrixTests {
    @Test func duplicatesAreSummedAndRowsSorted() throws {
        let a = try CSRMatrix(rows: 3, columns: 4, rowIndices: [2, 0, 2, 0, 2], columnIndices: [3, 1, 0, 1, 3],
                              values: [1, 2, 3, 4, 5])
        #expect(a.nonzeros == 3)
        #expect(a.row(0).map(\.column) == [1] && a.row(0).map(\.value) == [6])
        #expect(a.row(1).isEmpty)
        #expect(a.row(2).map(\.column) == [0, 3] && a.row(2).map(\.value) == [3, 6])
        #expect(a.denseValues() == [0, 6, 0, 0, 0, 0, 0, 0, 3, 0, 0, 6])
    }
}
