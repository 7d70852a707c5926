import C4SCore
import C4SSparse
import Testing

/// The compact VNEC layout: row lengths of 255 entries and more (multi-byte lengths), blocks of 4 rows with
/// streamed or cached stores into aligned and unaligned y, and the byte count of a product.
@Suite struct VNECLayoutTests {
    /// Rows of 0, 1, 3, 254, 255, 256, 509, 510, 1300 contiguous nonzeros (slots up to 325), then 13 short rows.
    static func longRows() throws -> (csr: CSRMatrix, x: [Double], expected: [Double]) {
        let columns = 1400
        var r: [Int] = [], c: [Int] = [], v: [Double] = []
        for (row, count) in [0, 1, 3, 254, 255, 256, 509, 510, 1300].enumerated() {
            for j in 0..<count { r.append(row); c.append((row * 37 + j) % columns); v.append(Double((row + j) % 9) - 4) }
        }
        for row in 9..<22 {
            for j in [0, 1, 2, 700] { r.append(row); c.append(row + j); v.append(Double(row - j % 5)) }
        }
        let csr = try CSRMatrix(rows: 22, columns: columns, rowIndices: r, columnIndices: c, values: v)
        let x = SparseTestSupport.vector(columns, seed: 5)
        return (csr, x, SparseTestSupport.denseProduct(rows: 22, columns: columns, (r, c, v), x))
    }

    @Test(arguments: VNECVariant.allCases, [1, 2, 3])
    func rowsOf255EntriesAndMoreEqualTheDenseProduct(variant: VNECVariant, threads: Int) throws {
        let (csr, x, expected) = try Self.longRows()
        for partsPerThread in [1, 4] {
            for streaming in [false, true] {
                let vnec = try VNECMatrix(csr.withThreads(threads), partsPerThread: partsPerThread, variant: variant,
                                          streamingStores: streaming)
                #expect(vnec.streamsY == streaming)
                let error = SparseTestSupport.relativeError(try vnec.multiply(x), expected)
                #expect(error < 1e-12, "\(variant) \(threads) threads \(partsPerThread) parts/thread streaming \(streaming): \(error)")
            }
        }
    }

    @Test(arguments: VNECVariant.allCases)
    func streamedBlocksOfFourRowsFillAnUnalignedY(variant: VNECVariant) throws {
        // 2-D Poisson with 19 × 19 = 361 rows (not a multiple of 4); y starts 1, 2 and 3 doubles past a 64-byte line.
        let csr = try PoissonGenerator.poisson2D(n: 19, threads: 2)
        let x = SparseTestSupport.vector(csr.columns, seed: 8)
        let expected = try csr.multiply(x)
        let xb = AlignedBuffer(copying: x)
        for streaming in [false, true] {
            let vnec = try VNECMatrix(csr, partsPerThread: 3, variant: variant, streamingStores: streaming)
            for shift in 0..<4 {
                let y = AlignedBuffer<Double>(count: csr.rows + 4, repeating: .nan)
                vnec.multiply(xb.pointer, into: y.pointer + shift)
                let got = Array(y.buffer[shift..<(shift + csr.rows)])
                #expect(SparseTestSupport.relativeError(got, expected) < 1e-12, "\(variant) streaming \(streaming) shift \(shift)")
                #expect(y.buffer[..<shift].allSatisfy(\.isNaN) && y.buffer[(shift + csr.rows)...].allSatisfy(\.isNaN),
                        "nothing written outside y")
            }
        }
    }

    @Test func bytesPerProductCountValuesNarrowIndicesOneLengthBytePerRowAndXAndYOnce() throws {
        // One part over 2-D Poisson 30 × 30: VNEC-S, 16-bit compact columns, x read in place, rows below 255 nonzeros.
        let csr = try PoissonGenerator.poisson2D(n: 30)
        let vnec = try VNECMatrix(csr, threads: 1, partsPerThread: 1, variant: .sparse)
        #expect(vnec.narrowIndexParts == 1 && vnec.gatherFreeParts == 1)
        let expected = Double(csr.nonzeros) * (8 + 2) + Double(csr.rows) + 8 * Double(csr.columns) + 8 * Double(csr.rows)
        #expect(vnec.bytesPerProduct == expected)
        #expect(vnec.bytesPerProduct < csr.bytesPerProduct)
        // VNEC-D: 32 bytes of values and a 2-byte window start per slot; the last windows reach past x, so x is gathered
        // (4 bytes of column map and 8 of x per column; the 7 KiB compact x stays in cache).
        let dense = try VNECMatrix(csr, threads: 1, partsPerThread: 1, variant: .dense)
        #expect(dense.gatherFreeParts == 0)
        #expect(dense.bytesPerProduct == Double(dense.slots) * 34 + Double(csr.rows) + 12 * Double(csr.columns) + 8 * Double(csr.rows))
        // VNEC-P: 8 bytes per nonzero, a 2-byte window start and a 1-byte lane mask per slot (x gathered as for VNEC-D).
        let packed = try VNECMatrix(csr, threads: 1, partsPerThread: 1, variant: .packed)
        #expect(packed.slots == dense.slots && packed.gatherFreeParts == 0)
        #expect(packed.bytesPerProduct == Double(csr.nonzeros) * 8 + Double(packed.slots) * 3 + Double(csr.rows)
                    + 12 * Double(csr.columns) + 8 * Double(csr.rows))
    }
}
