/// Merge-path partitioning (Merrill and Garland 2016) of a CSR matrix's work: the merge of the row ends
/// (`rowPointers[1...]`) with the nonzero indices is a path of rows + nonzeros steps, cut into equal parts.
///
/// Part p starts at `starts[p]` = (row, nonzero) and ends where part p + 1 starts; it finishes the rows
/// `start.row ..< end.row` (from `start.nonzero` on for the first) and holds the first nonzeros of row
/// `end.row` (`max(start.nonzero, rowPointers[end.row]) ..< end.nonzero`) as a carry-out for a fix-up.
public struct MergePathPartition: Sendable, Equatable {
    /// Path coordinates of the part boundaries: parts + 1 entries, first (0, 0), last (rows, nonzeros).
    public let starts: [(row: Int, nonzero: Int)]

    /// Cuts the merge path of a matrix with `rows` rows and `rowPointers` (rows + 1 entries) into `parts`.
    /// - Precondition: `parts >= 1`.
    public init(rowPointers: UnsafePointer<Int>, rows: Int, parts: Int) {
        precondition(parts >= 1, "MergePathPartition needs parts >= 1")
        let nonzeros = rowPointers[rows]
        let total = rows + nonzeros
        starts = (0...parts).map { p in
            let diagonal = p * total / parts
            var lo = max(0, diagonal - nonzeros), hi = min(diagonal, rows)
            while lo < hi {
                let mid = (lo + hi) / 2
                if rowPointers[mid + 1] <= diagonal - mid - 1 { lo = mid + 1 } else { hi = mid }
            }
            return (lo, diagonal - lo)
        }
    }

    /// Number of parts.
    public var parts: Int { starts.count - 1 }

    /// Equal when the boundaries are equal.
    public static func == (a: MergePathPartition, b: MergePathPartition) -> Bool {
        a.starts.map(\.row) == b.starts.map(\.row) && a.starts.map(\.nonzero) == b.starts.map(\.nonzero)
    }
}
