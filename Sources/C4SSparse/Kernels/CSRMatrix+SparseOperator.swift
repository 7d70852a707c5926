import C4SCore

extension CSRMatrix: SparseOperator {
    /// nnz · (8 + index bytes) + 8 · (rows + 1) row pointers + 8 · rows for y + 8 · columns for x.
    public var bytesPerProduct: Double {
        Double(nonzeros) * Double(8 + columnIndices.bytesPerIndex) + 8 * Double(rows + 1) + 8 * Double(rows) + 8 * Double(columns)
    }

    /// y = A·x, one scalar dot product per row, rows split over `threads` by rows + nonzeros.
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
            case .int32(let c): Self.rowProducts(first..<end, rp, c.pointer, self.values.pointer, x, y)
            case .int64(let c): Self.rowProducts(first..<end, rp, c.pointer, self.values.pointer, x, y)
            }
        }
    }

    @inline(__always)
    private static func rowProducts<Index: FixedWidthInteger>(
        _ rows: Range<Int>, _ rp: UnsafePointer<Int>, _ ci: UnsafePointer<Index>, _ v: UnsafePointer<Double>,
        _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>
    ) {
        for r in rows {
            var sum = 0.0
            var k = rp[r]
            let end = rp[r + 1]
            while k < end {
                sum += v[k] * x[Int(truncatingIfNeeded: ci[k])]
                k += 1
            }
            y[r] = sum
        }
    }
}
