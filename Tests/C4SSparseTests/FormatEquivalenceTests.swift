import C4SCore
import C4SSparse
import Testing

/// Every format equals a dense reference on small matrices of every awkward shape, on 1, 2 and 3 threads.
@Suite struct FormatEquivalenceTests {
    struct Shape: Sendable, CustomStringConvertible {
        let rows: Int, columns: Int, density: Double, duplicates: Bool, emptyRows: Set<Int>, emptyColumns: Set<Int>
        var description: String { "\(rows)x\(columns) density \(density)\(duplicates ? " dup" : "") empty r\(emptyRows.sorted()) c\(emptyColumns.sorted())" }
    }

    static let shapes: [Shape] = [
        Shape(rows: 37, columns: 37, density: 0.2, duplicates: true, emptyRows: [0, 5, 36], emptyColumns: [3, 4, 30]),
        Shape(rows: 1, columns: 50, density: 0.5, duplicates: false, emptyRows: [], emptyColumns: [0]),
        Shape(rows: 60, columns: 1, density: 0.5, duplicates: true, emptyRows: [59], emptyColumns: []),
        Shape(rows: 23, columns: 71, density: 0.15, duplicates: true, emptyRows: [1, 2, 3], emptyColumns: []),
        Shape(rows: 71, columns: 9, density: 0.6, duplicates: false, emptyRows: [], emptyColumns: [8]),
        Shape(rows: 40, columns: 40, density: 1.0, duplicates: false, emptyRows: [], emptyColumns: []),
        Shape(rows: 9, columns: 9, density: 0, duplicates: false, emptyRows: [], emptyColumns: []),
        Shape(rows: 0, columns: 5, density: 0.5, duplicates: false, emptyRows: [], emptyColumns: []),
        Shape(rows: 5, columns: 0, density: 0.5, duplicates: false, emptyRows: [], emptyColumns: []),
    ]

    @Test(arguments: shapes, [1, 2, 3])
    func everyFormatEqualsTheDenseProduct(shape: Shape, threads: Int) throws {
        for seed: UInt64 in [1, 2] {
            let t = SparseTestSupport.randomTriplets(rows: shape.rows, columns: shape.columns, density: shape.density, seed: seed,
                                                     duplicates: shape.duplicates, emptyRows: shape.emptyRows, emptyColumns: shape.emptyColumns)
            let x = SparseTestSupport.vector(shape.columns, seed: seed + 100)
            let expected = SparseTestSupport.denseProduct(rows: shape.rows, columns: shape.columns, t, x)
            for width in [CSRIndexWidth.int32, .int64] {
                let csr = try CSRMatrix(rows: shape.rows, columns: shape.columns, rowIndices: t.r, columnIndices: t.c, values: t.v,
                                        indexWidth: width)
                for (name, m) in try SparseTestSupport.allFormats(csr, threads: threads) {
                    let y = try m.multiply(x)
                    #expect(y.count == shape.rows)
                    let error = SparseTestSupport.relativeError(y, expected)
                    #expect(error < 1e-12, "\(name) \(width) on \(shape) seed \(seed) threads \(threads): error \(error)")
                }
            }
        }
    }

    @Test(arguments: VNECVariant.allCases)
    func partsWithMoreThan65536CompactColumnsUse32BitIndices(variant: VNECVariant) throws {
        // Two long rows over 70000 columns: each part has more compact columns than 16 bits can index.
        let columns = 70000
        let r = [Int](repeating: 0, count: columns) + [Int](repeating: 1, count: columns / 2)
        let c = Array(0..<columns) + (0..<(columns / 2)).map { 2 * $0 }
        let v = (0..<r.count).map { Double($0 % 11) - 5 }
        let csr = try CSRMatrix(rows: 2, columns: columns, rowIndices: r, columnIndices: c, values: v)
        let x = SparseTestSupport.vector(columns, seed: 3)
        let expected = SparseTestSupport.denseProduct(rows: 2, columns: columns, (r, c, v), x)
        let vnec = try VNECMatrix(csr, threads: 1, partsPerThread: 1, variant: variant)
        #expect(vnec.narrowIndexParts == 0)
        #expect(SparseTestSupport.relativeError(try vnec.multiply(x), expected) < 1e-12)
        let split = try VNECMatrix(csr, threads: 2, partsPerThread: 2, variant: variant)
        #expect(split.narrowIndexParts == 4, "each quarter of the nonzeros has at most 65536 compact columns")
        #expect(SparseTestSupport.relativeError(try split.multiply(x), expected) < 1e-12)
    }

    @Test func oneLongRowIsSplitAcrossThreadsWithCarries() throws {
        // One dense row among empty ones: merge path cuts it, so two parts carry into the same row.
        let columns = 400
        let r = [Int](repeating: 3, count: columns) + [0, 7]
        let c = Array(0..<columns) + [5, 399]
        let v = (0..<columns).map { Double($0 % 7) - 3 } + [2, -1]
        let csr = try CSRMatrix(rows: 8, columns: columns, rowIndices: r, columnIndices: c, values: v)
        let x = SparseTestSupport.vector(columns, seed: 9)
        let expected = SparseTestSupport.denseProduct(rows: 8, columns: columns, (r, c, v), x)
        for threads in [2, 3, 5] {
            let vnec = try VNECMatrix(csr, threads: threads, partsPerThread: 1)
            #expect(vnec.partition.starts.dropFirst().dropLast().contains { $0.row == 3 }, "a part boundary falls in row 3")
            #expect(SparseTestSupport.relativeError(try vnec.multiply(x), expected) < 1e-12)
            for variant in VNECVariant.allCases {
                #expect(SparseTestSupport.relativeError(try VNECMatrix(csr, threads: threads, variant: variant).multiply(x), expected) < 1e-12)
            }
        }
    }
}
