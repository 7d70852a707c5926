import C4SCore

/// One thread's share of a `VNECMatrix`: a merge-path part with its compacted columns and its row segments.
///
/// Segment j covers row `firstRow + j`; segments `0 ..< finishedRows` end their row (their sum is written to
/// y), a last segment, when `hasCarry`, holds the start of row `firstRow + finishedRows` (its sum is the
/// carry-out added in the fix-up). Segments are stored back to back; `rowLengths` gives each one's number of
/// entries (slots for VNEC-D, nonzeros for VNEC-S) in about one byte per row (`VNECRowLengths`).
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
    /// Entries per segment, `VNECRowLengths` encoding.
    let rowLengths: AlignedBuffer<UInt8>
    /// Stored entries: slots (VNEC-D, VNEC-P) or nonzeros (VNEC-S).
    let entries: Int
    /// VNEC-D: 4 values per slot (zero-padded); VNEC-P: the nonzeros' values then `VNECMatrix.lanes` zeros (the
    /// kernel loads 4 at a time); VNEC-S: one value per nonzero.
    let values: AlignedBuffer<Double>
    /// VNEC-D, VNEC-P: compact window start of each slot; VNEC-S: compact column of each nonzero, then
    /// `VNECMatrix.lanes` zeros (the kernel loads 4 indices at a time and masks the lanes past a row's end).
    let indices: VNECIndices
    /// VNEC-P: the lane mask of each slot (bit i set = lane i holds a nonzero); empty for the other variants.
    let laneMasks: AlignedBuffer<UInt8>

    init(firstRow: Int, finishedRows: Int, hasCarry: Bool, columnMap: AlignedBuffer<Int32>, compactX: AlignedBuffer<Double>,
         directOffset: Int?, rowLengths: AlignedBuffer<UInt8>, entries: Int, values: AlignedBuffer<Double>, indices: VNECIndices,
         laneMasks: AlignedBuffer<UInt8>) {
        self.firstRow = firstRow
        self.finishedRows = finishedRows
        self.hasCarry = hasCarry
        self.columnMap = columnMap
        self.compactX = compactX
        self.directOffset = directOffset
        self.rowLengths = rowLengths
        self.entries = entries
        self.values = values
        self.indices = indices
        self.laneMasks = laneMasks
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
