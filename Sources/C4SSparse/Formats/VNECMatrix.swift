import C4SCore
import Synchronization

/// VNEC, the Vectorized Non-Empty Column format (IPDPS 2024), built from CSR for a fixed number of threads.
///
/// Conversion (on all `threads`): the work of rows + nonzeros is cut by merge path into `parts` parts, a
/// multiple of the thread count, each thread running a contiguous run of parts (`MergePathPartition`); by
/// default one part per thread as in the paper, or, for banded matrices, enough parts for each part's compact
/// columns to fit 16-bit indices (`defaultPartsPerThread`). Each part finds the non-empty columns of its nonzeros
/// and renumbers them 0..<m in ascending order (`columnMap`), then in one pass over its nonzeros writes their
/// compact columns (16-bit when m <= 65536; these are VNEC-S's indices as they stand) and counts its slots: within
/// each row segment, consecutive nonzeros whose compact columns lie in one window of `lanes` columns share a slot,
/// 4 zero-padded values (32 bytes, aligned) and the window start. The IRD ratio nnz / (slots × lanes) chooses
/// VNEC-D (slots), VNEC-P (slots without the padding: a lane mask per slot) or VNEC-S (unpadded values with compact
/// columns), whichever moves the fewest bytes, see `VNECVariant`; VNEC-P and VNEC-S values are a plain copy.
///
/// Storage per part: values, 16- or 32-bit compact indices (window starts for VNEC-D/P, columns for VNEC-S) and a
/// row-length stream of about one byte per row (`VNECRowLengths`) in place of 8-byte row pointers.
///
/// Product (C kernels with AVX2, `CSparseKernels`): each thread gathers its compact x (`x[columnMap[j]]`; skipped
/// when its compact columns are one contiguous range, as in banded and stencil matrices, where x is read in place),
/// runs its segments (VNEC-D: aligned value load, contiguous compact-x load, one FMA per slot; VNEC-P: the same with
/// the slot's values moved to their lanes by a permutation; VNEC-S: 4-lane gathers of compact x with masked row
/// ends) in blocks of 4 rows whose accumulators are transposed and added into one vector of 4 row sums, written to y
/// with non-temporal stores when y is large (`streamsY`), and leaves the partial sum of its last row as a carry-out;
/// a serial fix-up adds the carries.
/// Not safe for two concurrent products on one instance (the compact x buffers are shared scratch).
public final class VNECMatrix: Sendable {
    /// SIMD lanes per slot (4 Float64 = one AVX2 vector).
    public static let lanes = 4
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// Nonzeros of the matrix (padding not counted).
    public let nonzeros: Int
    /// Threads a product runs on.
    public let threads: Int
    /// Merge-path parts (a multiple of `threads`).
    public let parts: Int
    /// The storage variant in use.
    public let variant: VNECVariant
    /// Lane-window slots over all parts (counted for both variants; stored only by VNEC-D).
    public let slots: Int
    /// The merge-path part boundaries.
    public let partition: MergePathPartition
    /// True when products write y with non-temporal stores (no read-for-ownership of y's cache lines).
    public let streamsY: Bool
    let blocks: [VNECBlock]
    let carries: AlignedBuffer<Double>

    /// Converts a CSR matrix.
    /// - Parameters:
    ///   - threads: product threads (default: the CSR matrix's).
    ///   - partsPerThread: merge-path parts per thread (>= 1); nil = `defaultPartsPerThread`.
    ///   - variant: force a variant; nil chooses by IRD (`VNECVariant.choose`).
    ///   - streamingStores: write y with non-temporal stores; nil = when y holds at least `streamingRows` rows.
    /// - Throws: `SparseMatrixError.indexOverflow` when columns exceed 32-bit indices, `.invalidParameter` for
    ///   threads or parts per thread < 1.
    public init(_ csr: CSRMatrix, threads: Int? = nil, partsPerThread: Int? = nil, variant: VNECVariant? = nil,
                streamingStores: Bool? = nil) throws {
        let threads = threads ?? csr.threads
        guard threads >= 1 else { throw SparseMatrixError.invalidParameter(name: "threads", value: "\(threads)", valid: "at least 1") }
        let perThread = partsPerThread ?? Self.defaultPartsPerThread(csr, threads: threads)
        guard perThread >= 1 else {
            throw SparseMatrixError.invalidParameter(name: "parts per thread", value: "\(perThread)", valid: "at least 1")
        }
        let parts = threads * perThread
        guard csr.columns <= Int(Int32.max) else { throw SparseMatrixError.indexOverflow(format: "VNEC", dimension: csr.columns) }
        rows = csr.rows
        columns = csr.columns
        nonzeros = csr.nonzeros
        self.threads = threads
        self.parts = parts
        streamsY = streamingStores ?? (csr.rows >= Self.streamingRows)
        let partition = MergePathPartition(rowPointers: csr.rowPointers.pointer, rows: csr.rows, parts: parts)
        self.partition = partition
        let layouts = LayoutCollector(parts: parts)
        ParallelFor.chunks(count: parts, workers: threads) { _, range in
            // One column marker per worker thread, reused by its parts (each part resets what it touched).
            let marker = AlignedBuffer<Int32>(count: csr.columns, repeating: -1)
            for part in range {
                layouts.store(Self.layout(csr, from: partition.starts[part], to: partition.starts[part + 1], marker: marker.pointer),
                              at: part)
            }
        }
        let plans = layouts.all
        slots = plans.reduce(0) { $0 + $1.slots }
        let ird = slots == 0 ? 1 : Double(nonzeros) / Double(slots * Self.lanes)
        let chosen = variant ?? VNECVariant.choose(ird: ird)
        self.variant = chosen
        let built = BlockCollector(parts: parts)
        ParallelFor.chunks(count: parts, workers: threads) { _, range in
            for part in range { built.store(Self.block(csr, plans[part], from: partition.starts[part], to: partition.starts[part + 1], variant: chosen),
                        at: part) }
        }
        blocks = built.all
        carries = AlignedBuffer(count: parts, repeating: 0)
    }

    /// Rows from which products write y with non-temporal stores by default (y of 8 MiB and more: far beyond the
    /// L2 caches, so the stores would otherwise read each line of y from memory before writing it).
    public static let streamingRows = 1 << 20

    /// nnz / (slots × lanes): the fraction of slot lanes that hold a nonzero (1 when there are no slots).
    public var ird: Double { slots == 0 ? 1 : Double(nonzeros) / Double(slots * Self.lanes) }

    /// Compact columns over all parts.
    public var compactColumns: Int { blocks.reduce(0) { $0 + $1.columnMap.count } }

    /// Parts per thread for `csr`: 1, unless the matrix is banded (bandwidth b = max |column − row| with
    /// 2b <= 61440), then enough parts of at most 65536 − 2b rows, whose compact columns then fit 16-bit indices
    /// (at most 64 per thread). O(rows).
    public static func defaultPartsPerThread(_ csr: CSRMatrix, threads: Int) -> Int {
        var band = 0
        for r in 0..<csr.rows {
            let start = csr.rowPointers[r], end = csr.rowPointers[r + 1]
            if end > start { band = max(band, abs(csr.columnIndices[start] - r), abs(csr.columnIndices[end - 1] - r)) }
        }
        guard 2 * band <= (1 << 16) - 4096, threads >= 1 else { return 1 }
        let rowsPerPart = (1 << 16) - 2 * band
        let parts = (csr.rows + rowsPerPart - 1) / rowsPerPart
        return max(1, min(64, (parts + threads - 1) / threads))
    }

    /// Parts whose compact indices are 16-bit (at most 65536 compact columns).
    public var narrowIndexParts: Int {
        blocks.filter { if case .narrow = $0.indices { true } else { false } }.count
    }

    /// Parts whose compact columns are one contiguous range, which read x in place instead of gathering it.
    public var gatherFreeParts: Int { blocks.filter { $0.directOffset != nil }.count }

    /// A part's compacted columns and slot count, before the variant is known.
    struct Layout: Sendable {
        /// Global column of each compact column, ascending.
        let columnMap: AlignedBuffer<Int32>
        /// Compact column of each of the part's nonzeros (VNEC-S's indices).
        let compact: VNECIndices
        /// Lane-window slots of the part.
        let slots: Int
    }

    /// The nonzero range of segment `j` of the part from `start` to `end`.
    @inline(__always)
    static func segment(_ j: Int, _ rp: UnsafePointer<Int>, from start: (row: Int, nonzero: Int),
                        to end: (row: Int, nonzero: Int)) -> Range<Int> {
        let r = start.row + j
        let lower = j == 0 ? start.nonzero : rp[r]
        let upper = r < end.row ? rp[r + 1] : end.nonzero
        return lower..<max(lower, upper)
    }

    static func segmentCount(from start: (row: Int, nonzero: Int), to end: (row: Int, nonzero: Int), rows: Int) -> Int {
        end.row - start.row + (end.row < rows ? 1 : 0)
    }

    /// The compact columns and slot count of the part from `start` to `end`; `marker` has one entry per column,
    /// all -1 on entry and on return (only the part's own columns are set and reset).
    private static func layout(_ csr: CSRMatrix, from start: (row: Int, nonzero: Int), to end: (row: Int, nonzero: Int),
                               marker: UnsafeMutablePointer<Int32>) -> Layout {
        switch csr.columnIndices {
        case .int32(let c): layout(csr, UnsafePointer(c.pointer), from: start, to: end, marker: marker)
        case .int64(let c): layout(csr, UnsafePointer(c.pointer), from: start, to: end, marker: marker)
        }
    }

    /// `layout` for column indices of type `Column`. O(part nonzeros) plus O(column range) when the part's
    /// distinct columns fill at least 1/16 of their range (banded and stencil matrices: the marker is scanned in
    /// column order) or O(u log u) for u scattered distinct columns (sorted).
    private static func layout<Column: FixedWidthInteger>(_ csr: CSRMatrix, _ col: UnsafePointer<Column>,
                                                          from start: (row: Int, nonzero: Int), to end: (row: Int, nonzero: Int),
                                                          marker: UnsafeMutablePointer<Int32>) -> Layout {
        let k0 = start.nonzero, k1 = end.nonzero
        var distinct = 0, low = Int.max, high = -1
        for k in k0..<k1 {
            let c = Int(truncatingIfNeeded: col[k])
            if marker[c] < 0 {
                marker[c] = 0
                distinct += 1
                low = min(low, c)
                high = max(high, c)
            }
        }
        let map = AlignedBuffer<Int32>(count: distinct) { m in
            guard distinct > 0 else { return }
            if high - low < 16 * distinct {
                var next = 0
                for c in low...high where marker[c] == 0 {
                    m[next] = Int32(truncatingIfNeeded: c)
                    next += 1
                }
            } else {
                var next = 0
                for k in k0..<k1 {
                    let c = Int(truncatingIfNeeded: col[k])
                    if marker[c] == 0 {
                        marker[c] = 1
                        m[next] = Int32(truncatingIfNeeded: c)
                        next += 1
                    }
                }
                var sorted = UnsafeMutableBufferPointer(start: m, count: distinct)
                sorted.sort()
            }
        }
        for i in 0..<distinct { marker[Int(map[i])] = Int32(i) }
        let compact: VNECIndices, slots: Int
        // The part's compact columns, then `lanes` zeros (VNEC-S loads indices 4 at a time).
        var counted = 0
        if distinct <= 1 << 16 {
            compact = .narrow(AlignedBuffer<UInt16>(count: k1 - k0 + lanes) {
                counted = remap(csr, col, marker, into: $0, from: start, to: end)
                ($0 + k1 - k0).initialize(repeating: 0, count: lanes)
            })
        } else {
            compact = .wide(AlignedBuffer<Int32>(count: k1 - k0 + lanes) {
                counted = remap(csr, col, marker, into: $0, from: start, to: end)
                ($0 + k1 - k0).initialize(repeating: 0, count: lanes)
            })
        }
        slots = counted
        for i in 0..<distinct { marker[Int(map[i])] = -1 }
        return Layout(columnMap: map, compact: compact, slots: slots)
    }

    /// Writes the compact column of each nonzero of the part (`marker` maps columns to compact columns) and
    /// returns the number of lane-window slots.
    @inline(__always)
    private static func remap<Column: FixedWidthInteger, Index: FixedWidthInteger>(
        _ csr: CSRMatrix, _ col: UnsafePointer<Column>, _ marker: UnsafeMutablePointer<Int32>, into out: UnsafeMutablePointer<Index>,
        from start: (row: Int, nonzero: Int), to end: (row: Int, nonzero: Int)
    ) -> Int {
        let k0 = start.nonzero, rp = UnsafePointer(csr.rowPointers.pointer)
        var slots = 0
        for j in 0..<segmentCount(from: start, to: end, rows: csr.rows) {
            var windowEnd = Int.min
            for k in segment(j, rp, from: start, to: end) {
                let c = Int(marker[Int(truncatingIfNeeded: col[k])])
                out[k - k0] = Index(truncatingIfNeeded: c)
                if c >= windowEnd {
                    slots += 1
                    windowEnd = c + lanes
                }
            }
        }
        return slots
    }

    private static func block(_ csr: CSRMatrix, _ plan: Layout, from start: (row: Int, nonzero: Int),
                              to end: (row: Int, nonzero: Int), variant: VNECVariant) -> VNECBlock {
        let k0 = start.nonzero, count = end.nonzero - start.nonzero
        let segments = segmentCount(from: start, to: end, rows: csr.rows)
        let rp = UnsafePointer(csr.rowPointers.pointer)
        var lengths = VNECRowLengths(segments: segments)
        let map = plan.columnMap, used = map.count
        let values: AlignedBuffer<Double>, indices: VNECIndices
        var laneMasks = AlignedBuffer<UInt8>(count: 0, repeating: 0)
        var lastRead = used - 1
        switch variant {
        case .dense:
            let slots: (values: AlignedBuffer<Double>, lastWindow: Int)
            switch plan.compact {
            case .narrow(let c):
                let windows = AlignedBuffer<UInt16>(count: plan.slots, repeating: 0)
                slots = fillSlots(csr, plan, c.pointer, windows: windows.pointer, lengths: &lengths, from: start, to: end)
                indices = .narrow(windows)
            case .wide(let c):
                let windows = AlignedBuffer<Int32>(count: plan.slots, repeating: 0)
                slots = fillSlots(csr, plan, c.pointer, windows: windows.pointer, lengths: &lengths, from: start, to: end)
                indices = .wide(windows)
            }
            values = slots.values
            lastRead = max(lastRead, slots.lastWindow + lanes - 1)
        case .packed:
            values = AlignedBuffer(count: count + lanes) {
                $0.initialize(from: csr.values.pointer + k0, count: count)
                ($0 + count).initialize(repeating: 0, count: lanes)
            }
            let masks = AlignedBuffer<UInt8>(count: plan.slots, repeating: 0)
            let lastWindow: Int
            switch plan.compact {
            case .narrow(let c):
                let windows = AlignedBuffer<UInt16>(count: plan.slots, repeating: 0)
                lastWindow = fillLaneMasks(csr, c.pointer, windows: windows.pointer, masks: masks.pointer, lengths: &lengths,
                                           from: start, to: end)
                indices = .narrow(windows)
            case .wide(let c):
                let windows = AlignedBuffer<Int32>(count: plan.slots, repeating: 0)
                lastWindow = fillLaneMasks(csr, c.pointer, windows: windows.pointer, masks: masks.pointer, lengths: &lengths,
                                           from: start, to: end)
                indices = .wide(windows)
            }
            laneMasks = masks
            lastRead = max(lastRead, lastWindow + lanes - 1)
        case .sparse:
            values = AlignedBuffer(count: count) { $0.initialize(from: csr.values.pointer + k0, count: count) }
            indices = plan.compact
            for j in 0..<segments { lengths.append(segment(j, rp, from: start, to: end).count) }
        }
        // Contiguous compact columns need no gather when the last value read (window end for VNEC-D) lies in x.
        let contiguous = used > 0 && Int(map[used - 1]) - Int(map[0]) == used - 1 && Int(map[0]) + lastRead < csr.columns
        return VNECBlock(firstRow: start.row, finishedRows: end.row - start.row, hasCarry: end.row < csr.rows,
                         columnMap: map,
                         compactX: AlignedBuffer(count: contiguous ? 0 : used + lanes - 1, repeating: 0),
                         directOffset: contiguous ? Int(map[0]) : nil,
                         rowLengths: AlignedBuffer(copying: lengths.bytes), entries: variant == .sparse ? count : plan.slots,
                         values: values, indices: indices, laneMasks: laneMasks)
    }

    /// VNEC-D storage of a part: each slot's window start into `windows` and its `lanes` zero-padded values, the
    /// slots per segment into `lengths`. Returns the values and the highest window start (-1: none).
    private static func fillSlots<Index: FixedWidthInteger>(
        _ csr: CSRMatrix, _ plan: Layout, _ compact: UnsafePointer<Index>, windows: UnsafeMutablePointer<Index>,
        lengths: inout VNECRowLengths, from start: (row: Int, nonzero: Int), to end: (row: Int, nonzero: Int)
    ) -> (values: AlignedBuffer<Double>, lastWindow: Int) {
        let k0 = start.nonzero, rp = UnsafePointer(csr.rowPointers.pointer), a = csr.values.pointer
        var lastWindow = -1
        let values = AlignedBuffer<Double>(count: plan.slots * lanes) { v in
            var slot = 0
            for j in 0..<segmentCount(from: start, to: end, rows: csr.rows) {
                let range = segment(j, rp, from: start, to: end)
                let first = slot
                var k = range.lowerBound
                while k < range.upperBound {
                    let window = Int(compact[k - k0])
                    windows[slot] = Index(truncatingIfNeeded: window)
                    lastWindow = max(lastWindow, window)
                    let lane = v + slot * lanes
                    lane.initialize(repeating: 0, count: lanes)
                    repeat {
                        lane[Int(compact[k - k0]) - window] = a[k]
                        k += 1
                    } while k < range.upperBound && Int(compact[k - k0]) < window + lanes
                    slot += 1
                }
                lengths.append(slot - first)
            }
        }
        return (values, lastWindow)
    }

    /// VNEC-P slot structure of a part (its values are the part's CSR values as they stand): each slot's window start
    /// into `windows` and lane mask into `masks`, the slots per segment into `lengths`. Returns the highest window
    /// start (-1: none).
    private static func fillLaneMasks<Index: FixedWidthInteger>(
        _ csr: CSRMatrix, _ compact: UnsafePointer<Index>, windows: UnsafeMutablePointer<Index>, masks: UnsafeMutablePointer<UInt8>,
        lengths: inout VNECRowLengths, from start: (row: Int, nonzero: Int), to end: (row: Int, nonzero: Int)
    ) -> Int {
        let k0 = start.nonzero, rp = UnsafePointer(csr.rowPointers.pointer)
        var lastWindow = -1, slot = 0
        for j in 0..<segmentCount(from: start, to: end, rows: csr.rows) {
            let range = segment(j, rp, from: start, to: end)
            let first = slot
            var k = range.lowerBound
            while k < range.upperBound {
                let window = Int(compact[k - k0])
                windows[slot] = Index(truncatingIfNeeded: window)
                lastWindow = max(lastWindow, window)
                var mask: UInt8 = 0
                repeat {
                    mask |= 1 << UInt8(Int(compact[k - k0]) - window)
                    k += 1
                } while k < range.upperBound && Int(compact[k - k0]) < window + lanes
                masks[slot] = mask
                slot += 1
            }
            lengths.append(slot - first)
        }
        return lastWindow
    }
}

/// Per-part results of a parallel conversion pass, written once per part under a lock.
private final class LayoutCollector: Sendable {
    private let items: Mutex<[VNECMatrix.Layout?]>
    init(parts: Int) { items = Mutex([VNECMatrix.Layout?](repeating: nil, count: parts)) }
    func store(_ item: VNECMatrix.Layout, at part: Int) { items.withLock { $0[part] = item } }
    var all: [VNECMatrix.Layout] { items.withLock { $0.map { $0! } } }
}

/// Per-part blocks of the second conversion pass, written once per part under a lock.
private final class BlockCollector: Sendable {
    private let items: Mutex<[VNECBlock?]>
    init(parts: Int) { items = Mutex([VNECBlock?](repeating: nil, count: parts)) }
    func store(_ item: VNECBlock, at part: Int) { items.withLock { $0[part] = item } }
    var all: [VNECBlock] { items.withLock { $0.map { $0! } } }
}
