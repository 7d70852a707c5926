import C4SCore

/// One thread's share of a `VNECMatrix`: a merge-path part with its compacted columns and its row segments.
///
/// Segment j covers row `firstRow + j`; segments `0 ..< finishedRows` end their row (their sum is written to
/// y), a last segment, when `hasCarry`, holds the start of row `firstRow + finishedRows` (its sum is the
/// carry-out added in the fix-up). `segmentPointers` index slots (VNEC-D) or nonzeros (VNEC-S).
final class VNECBlock: Sendable {
    /// Row of segment 0.
    let firstRow: Int
    /// Segments whose row ends in this block.
    let finishedRows: Int
    /// True when a last segment holds a carry-out.
    let hasCarry: Bool
    /// Global column of each compact column, ascending.
    let columnMap: AlignedBuffer<Int32>
    /// Gathered x: `columnMap.count` values then `VNECMatrix.lanes − 1` zeros (so a window never reads past).
    let compactX: AlignedBuffer<Double>
    /// When the compact columns are one contiguous range of global columns starting here (and every window
    /// stays inside x), the product reads x from this offset directly and skips the gather.
    let directOffset: Int?
    /// Segment boundaries over entries: segments + 1 values.
    let segmentPointers: AlignedBuffer<Int>
    /// VNEC-D: 4 values per slot (zero-padded); VNEC-S: one value per nonzero.
    let values: AlignedBuffer<Double>
    /// VNEC-D: compact window start of each slot; VNEC-S: compact column of each nonzero.
    let indices: VNECIndices

    init(firstRow: Int, finishedRows: Int, hasCarry: Bool, columnMap: AlignedBuffer<Int32>, compactX: AlignedBuffer<Double>,
         directOffset: Int?, segmentPointers: AlignedBuffer<Int>, values: AlignedBuffer<Double>, indices: VNECIndices) {
        self.firstRow = firstRow
        self.finishedRows = finishedRows
        self.hasCarry = hasCarry
        self.columnMap = columnMap
        self.compactX = compactX
        self.directOffset = directOffset
        self.segmentPointers = segmentPointers
        self.values = values
        self.indices = indices
    }

    /// Number of segments.
    var segments: Int { finishedRows + (hasCarry ? 1 : 0) }
}

/// The compact indices of a part: 16-bit when the part has at most 65536 compact columns, else 32-bit.
enum VNECIndices: Sendable {
    /// 2 bytes per index.
    case narrow(AlignedBuffer<UInt16>)
    /// 4 bytes per index.
    case wide(AlignedBuffer<Int32>)

    /// Number of indices.
    var count: Int {
        switch self {
        case .narrow(let b): b.count
        case .wide(let b): b.count
        }
    }

    /// Bytes per index.
    var bytesPerIndex: Int {
        switch self {
        case .narrow: 2
        case .wide: 4
        }
    }
}
