import C4SCore

/// A sparse matrix in compressed sparse row form: for each row, its nonzeros' columns in ascending
/// order with their values; no position is stored twice.
///
/// Storage: `rowPointers` (rows + 1 offsets, Int), `columnIndices` (nnz, 32-bit when the column count
/// fits, else 64-bit), `values` (nnz, Float64), all 64-byte aligned. The matrix is immutable; products run
/// on `threads` threads with a row split balanced by rows + nonzeros.
public final class CSRMatrix: Sendable {
    /// Number of rows (>= 0).
    public let rows: Int
    /// Number of columns (>= 0).
    public let columns: Int
    /// `rowPointers[r] ..< rowPointers[r + 1]` are the nonzeros of row `r`; rows + 1 entries.
    public let rowPointers: AlignedBuffer<Int>
    /// Column of each nonzero, ascending within a row.
    public let columnIndices: CSRColumnIndices
    /// Value of each nonzero (finite).
    public let values: AlignedBuffer<Double>
    /// Threads a product runs on (>= 1).
    public let threads: Int

    /// Wraps storage that already satisfies the invariants (sorted, unique, finite, in range).
    init(rows: Int, columns: Int, rowPointers: AlignedBuffer<Int>, columnIndices: CSRColumnIndices,
         values: AlignedBuffer<Double>, threads: Int) {
        precondition(threads >= 1, "CSRMatrix needs threads >= 1")
        self.rows = rows
        self.columns = columns
        self.rowPointers = rowPointers
        self.columnIndices = columnIndices
        self.values = values
        self.threads = threads
    }

    /// Builds a matrix from (row, column, value) triplets in any order; entries at the same position are
    /// summed (the Matrix Market convention). O(nnz + rows + columns) time (two counting sorts).
    /// - Parameters:
    ///   - rowIndices, columnIndices, values: one per entry, 0-based positions.
    ///   - indexWidth: width of the stored column indices.
    ///   - threads: threads for products (>= 1).
    /// - Throws: `SparseMatrixError` for a negative size, arrays of different lengths, a position outside the
    ///   matrix, a NaN or infinite value, or `.int32` with more than `Int32.max` columns.
    public convenience init(rows: Int, columns: Int, rowIndices: [Int], columnIndices: [Int], values: [Double],
                            indexWidth: CSRIndexWidth = .automatic, threads: Int = 1) throws {
        guard rows >= 0, columns >= 0 else { throw SparseMatrixError.negativeDimension(rows: rows, columns: columns) }
        guard rowIndices.count == columnIndices.count, rowIndices.count == values.count else {
            throw SparseMatrixError.lengthMismatch(rowIndices: rowIndices.count, columnIndices: columnIndices.count,
                                                   values: values.count)
        }
        guard threads >= 1 else { throw SparseMatrixError.invalidParameter(name: "threads", value: "\(threads)", valid: "at least 1") }
        let wide: Bool
        switch indexWidth {
        case .automatic: wide = columns > Int(Int32.max)
        case .int32:
            guard columns <= Int(Int32.max) else { throw SparseMatrixError.indexOverflow(format: "CSR", dimension: columns) }
            wide = false
        case .int64: wide = true
        }
        let n = rowIndices.count
        for e in 0..<n {
            let r = rowIndices[e], c = columnIndices[e]
            guard r >= 0, r < rows, c >= 0, c < columns else {
                throw SparseMatrixError.indexOutOfRange(entry: e, row: r, column: c, rows: rows, columns: columns)
            }
            guard values[e].isFinite else { throw SparseMatrixError.nonFiniteValue(row: r, column: c) }
        }
        // Counting sort by column, then a stable counting sort by row: entries end up ordered by (row, column).
        var columnStart = [Int](repeating: 0, count: columns + 1)
        for c in columnIndices { columnStart[c + 1] += 1 }
        for c in 0..<columns { columnStart[c + 1] += columnStart[c] }
        var byColumn = [Int](repeating: 0, count: n)
        for e in 0..<n {
            byColumn[columnStart[columnIndices[e]]] = e
            columnStart[columnIndices[e]] += 1
        }
        var rowStart = [Int](repeating: 0, count: rows + 1)
        for r in rowIndices { rowStart[r + 1] += 1 }
        for r in 0..<rows { rowStart[r + 1] += rowStart[r] }
        var fill = rowStart
        var sorted = [Int](repeating: 0, count: n)
        for e in byColumn {
            sorted[fill[rowIndices[e]]] = e
            fill[rowIndices[e]] += 1
        }
        // Sum duplicates while copying into the final storage.
        var unique = 0
        for r in 0..<rows {
            var previous = -1
            for k in rowStart[r]..<rowStart[r + 1] where columnIndices[sorted[k]] != previous {
                previous = columnIndices[sorted[k]]
                unique += 1
            }
        }
        let pointers = AlignedBuffer<Int>(count: rows + 1, repeating: 0)
        let outValues = AlignedBuffer<Double>(count: unique, repeating: 0)
        let outColumns = AlignedBuffer<Int>(count: unique, repeating: 0)
        var k = 0
        for r in 0..<rows {
            var previous = -1
            for s in rowStart[r]..<rowStart[r + 1] {
                let e = sorted[s]
                if columnIndices[e] == previous {
                    outValues[k - 1] += values[e]
                } else {
                    previous = columnIndices[e]
                    outColumns[k] = previous
                    outValues[k] = values[e]
                    k += 1
                }
            }
            pointers[r + 1] = k
        }
        let indices: CSRColumnIndices
        if wide {
            indices = .int64(outColumns)
        } else {
            let narrow = AlignedBuffer<Int32>(count: unique, repeating: 0)
            for i in 0..<unique { narrow[i] = Int32(truncatingIfNeeded: outColumns[i]) }
            indices = .int32(narrow)
        }
        self.init(rows: rows, columns: columns, rowPointers: pointers, columnIndices: indices, values: outValues,
                  threads: threads)
    }

    /// Number of stored nonzeros.
    public var nonzeros: Int { rowPointers[rows] }

    /// The same matrix (sharing storage) with products on `threads` threads. - Precondition: `threads >= 1`.
    public func withThreads(_ threads: Int) -> CSRMatrix {
        CSRMatrix(rows: rows, columns: columns, rowPointers: rowPointers, columnIndices: columnIndices,
                  values: values, threads: threads)
    }

    /// The matrix as a dense row-major array of `rows × columns` values (for small matrices and tests).
    public func denseValues() -> [Double] {
        var dense = [Double](repeating: 0, count: rows * columns)
        for r in 0..<rows {
            for k in rowPointers[r]..<rowPointers[r + 1] { dense[r * columns + columnIndices[k]] = values[k] }
        }
        return dense
    }

    /// The (column, value) pairs of row `r`, columns ascending. - Precondition: `0 <= r < rows`.
    public func row(_ r: Int) -> [(column: Int, value: Double)] {
        precondition(r >= 0 && r < rows, "row \(r) outside 0..<\(rows)")
        return (rowPointers[r]..<rowPointers[r + 1]).map { (columnIndices[$0], values[$0]) }
    }
}
