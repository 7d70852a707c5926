import C4SCore
import CSparseKernels

extension VNECMatrix: SparseOperator {
    /// Bytes one product moves to and from memory: per part its stored values (32 B per slot for VNEC-D, 8 B per
    /// nonzero for VNEC-P and VNEC-S), indices (2 or 4 B per entry), lane masks (1 B per VNEC-P slot) and row-length
    /// bytes; x once, either read in place (8 B per
    /// compact column) or gathered (4 B column map + 8 B of x per compact column, plus 16 B for writing and reading the
    /// compact x when it exceeds `compactXCacheBytes` and so leaves the core's cache); and 8 B per row of y.
    public var bytesPerProduct: Double {
        blocks.reduce(8 * Double(rows)) { total, b in
            let used = Double(b.columnMap.count)
            let x = b.directOffset != nil ? 8 * used : (8 * used > Double(Self.compactXCacheBytes) ? 28 * used : 12 * used)
            let values = switch variant {
            case .dense: 8 * Double(Self.lanes * b.entries)
            case .packed: 8 * Double(b.values.count - Self.lanes) + Double(b.laneMasks.count)
            case .sparse: 8 * Double(b.values.count)
            }
            return total + values + Double(b.entries * b.indices.bytesPerIndex) + Double(b.rowLengths.count) + x
        }
    }

    /// Compact-x size (bytes) up to which a part's gathered x is taken to stay in the core's cache between its
    /// gather and its use (half of this CPU's 2 MiB L2).
    public static let compactXCacheBytes = 1 << 20

    /// y = A·x: each thread runs its contiguous run of parts, then each carry-out is added to its row.
    /// - Precondition: `x` holds `columns` values, `y` holds `rows`, no overlap.
    public func multiply(_ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>) {
        nonisolated(unsafe) let x = x
        nonisolated(unsafe) let y = y
        ParallelFor.chunks(count: parts, workers: threads) { _, range in
            for part in range { self.multiply(part: part, x, into: y) }
        }
        for (part, b) in blocks.enumerated() where b.hasCarry {
            y[b.firstRow + b.finishedRows] += carries[part]
        }
    }

    /// Part `part` of a product: gather (or point at) its compact x, then run its segments in the C kernel of its
    /// variant and index width, which writes the rows it finishes and its carry-out.
    @inline(__always)
    private func multiply(part: Int, _ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>) {
        let b = blocks[part]
        let xc: UnsafePointer<Double>
        if let offset = b.directOffset {
            xc = x + offset
        } else {
            let map = b.columnMap.pointer, gathered = b.compactX.pointer
            for j in 0..<b.columnMap.count { gathered[j] = x[Int(map[j])] }
            xc = UnsafePointer(gathered)
        }
        let v = b.values.pointer, lengths = b.rowLengths.pointer, segments = b.segments, finished = b.finishedRows
        let yp = y + b.firstRow, carry = carries.pointer + part, stream: Int32 = streamsY ? 1 : 0
        switch (variant, b.indices) {
        case (.dense, .narrow(let i)): c4s_vnec_dense_u16(v, i.pointer, lengths, segments, finished, xc, yp, carry, stream)
        case (.dense, .wide(let i)): c4s_vnec_dense_i32(v, i.pointer, lengths, segments, finished, xc, yp, carry, stream)
        case (.packed, .narrow(let i)):
            c4s_vnec_packed_u16(v, i.pointer, b.laneMasks.pointer, lengths, segments, finished, xc, yp, carry, stream)
        case (.packed, .wide(let i)):
            c4s_vnec_packed_i32(v, i.pointer, b.laneMasks.pointer, lengths, segments, finished, xc, yp, carry, stream)
        case (.sparse, .narrow(let i)): c4s_vnec_sparse_u16(v, i.pointer, lengths, segments, finished, xc, yp, carry, stream)
        case (.sparse, .wide(let i)): c4s_vnec_sparse_i32(v, i.pointer, lengths, segments, finished, xc, yp, carry, stream)
        }
    }
}
