import C4SCore
import C4SSparse
import Testing

/// VNEC conversion with many merge-path parts per worker thread (the worker's column marker is reused from
/// part to part): the structure equals a plain recount per part and products equal CSR.
@Suite struct VNECConversionTests {
    /// A banded 3000 x 3000 matrix with offsets -40...40 and a far-off column every 97 rows.
    static func bandedWithFarColumns(threads: Int) throws -> CSRMatrix {
        let n = 3000
        var r: [Int] = [], c: [Int] = [], v: [Double] = []
        for i in 0..<n {
            for d in [-40, -3, -1, 0, 1, 2, 7, 40] where (0..<n).contains(i + d) {
                r.append(i); c.append(i + d); v.append(Double((i + d) % 13) - 6.5)
            }
            if i % 97 == 0 { r.append(i); c.append(i * 7919 % n); v.append(0.5) }
        }
        return try CSRMatrix(rows: n, columns: n, rowIndices: r, columnIndices: c, values: v, threads: threads)
    }

    /// Compact columns and lane-window slots of every part, recounted from the partition with plain sets.
    static func recount(_ csr: CSRMatrix, _ partition: MergePathPartition) -> (compactColumns: Int, slots: Int) {
        var compactColumns = 0, slots = 0
        for p in 0..<(partition.starts.count - 1) {
            let start = partition.starts[p], end = partition.starts[p + 1]
            let distinct = Set((start.nonzero..<end.nonzero).map { csr.columnIndices[$0] }).sorted()
            compactColumns += distinct.count
            let rank = Dictionary(uniqueKeysWithValues: distinct.enumerated().map { ($1, $0) })
            for row in start.row..<min(end.row + 1, csr.rows) {
                let lower = max(csr.rowPointers[row], start.nonzero), upper = min(csr.rowPointers[row + 1], end.nonzero)
                var k = lower
                while k < upper {
                    let window = rank[csr.columnIndices[k]]!
                    while k < upper && rank[csr.columnIndices[k]]! < window + VNECMatrix.lanes { k += 1 }
                    slots += 1
                }
            }
        }
        return (compactColumns, slots)
    }

    @Test(arguments: [1, 2])
    func manyPartsPerThreadGiveThePlainRecountAndTheCSRProduct(threads: Int) throws {
        let csr = try Self.bandedWithFarColumns(threads: threads)
        let x = SparseTestSupport.vector(csr.columns, seed: 21)
        let expected = try csr.multiply(x)
        for partsPerThread in [1, 7, 64] {
            for variant in VNECVariant.allCases {
                let vnec = try VNECMatrix(csr, partsPerThread: partsPerThread, variant: variant)
                let plain = Self.recount(csr, vnec.partition)
                #expect(vnec.parts == threads * partsPerThread)
                #expect(vnec.compactColumns == plain.compactColumns && vnec.slots == plain.slots,
                        "\(partsPerThread) parts/thread \(variant): \(vnec.compactColumns) \(vnec.slots) vs \(plain)")
                let error = SparseTestSupport.relativeError(try vnec.multiply(x), expected)
                #expect(error < 1e-12, "\(partsPerThread) parts/thread \(variant) threads \(threads): \(error)")
            }
        }
    }
}
