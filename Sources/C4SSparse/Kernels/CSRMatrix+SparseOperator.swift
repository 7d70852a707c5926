import C4SCore
import CSparseKernels

extension CSRMatrix: SparseOperator {
    /// nnz · (8 + index bytes) + 8 · (rows + 1) row pointers + 8 · rows for y + 8 · columns for x.
    public var bytesPerProduct: Double {
        Double(nonzeros) * Double(8 + columnIndices.bytesPerIndex) + 8 * Double(rows + 1) + 8 * Double(rows) + 8 * Double(columns)
    }

    /// y = A·x, one dot product per row (scalar, unrolled by 4 with 4 partial sums, in C), rows split over
    /// `threads` by rows + nonzeros.
    /// - Precondition: `x` holds `columns` values, `y` holds `rows`, no overlap.
    public func multiply(_ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>) {
        nonisolated(unsafe) let x = x
        nonisolated(unsafe) let y = y
        let parts = threads
        ParallelFor.chunks(count: parts, workers: parts) { part, _ in
            let rp = UnsafePointer(self.rowPointers.pointer)
            let first = BalancedSplit.start(of: part, parts: parts, count: self.rows, offsets: rp)
            let end = BalancedSplit.start(of: part + 1, parts: parts, count: self.rows, offsets: rp)
            switch self.columnIndices {
            case .int32(let c): c4s_csr_rows_i32(rp, c.pointer, self.values.pointer, x, y, first, end)
            case .int64(let c): c4s_csr_rows_i64(rp, c.pointer, self.values.pointer, x, y, first, end)
            }
        }
    }
}
