import C4SCore
import C4SSparse
import Testing

@Suite struct MergePathPartitionTests {
    @Test(arguments: [1, 2, 3, 7, 64])
    func partsCoverThePathInEqualSteps(parts: Int) throws {
        let t = SparseTestSupport.randomTriplets(rows: 50, columns: 50, density: 0.1, seed: 11, emptyRows: [0, 1, 2, 49])
        let csr = try CSRMatrix(rows: 50, columns: 50, rowIndices: t.r, columnIndices: t.c, values: t.v)
        let p = MergePathPartition(rowPointers: csr.rowPointers.pointer, rows: 50, parts: parts)
        #expect(p.parts == parts)
        #expect(p.starts.first! == (0, 0) && p.starts.last! == (50, csr.nonzeros))
        let total = 50 + csr.nonzeros
        for (i, s) in p.starts.enumerated() {
            #expect(s.row + s.nonzero == i * total / parts, "part \(i) starts on its diagonal")
            // A valid path point: rows before s.row end at or before s.nonzero, row s.row ends after it.
            #expect(csr.rowPointers[s.row] <= s.nonzero)
            if s.row < 50 { #expect(csr.rowPointers[s.row + 1] >= s.nonzero) }
        }
        for (a, b) in zip(p.starts, p.starts.dropFirst()) { #expect(a.row <= b.row && a.nonzero <= b.nonzero) }
    }
}
