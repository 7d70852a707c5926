/// Every entry of a matrix as (row, column, value) triplets in general form, as returned by
/// ``MatrixMarketMatrix/expandedCoordinates()``.
///
/// Indices are 0-based; `rowIndices`, `columnIndices` and `values` (unless `.pattern`) have one
/// element per entry. Positions may repeat when the file listed a position more than once;
/// consumers that build a sparse matrix usually sum duplicates.
public struct MatrixMarketCoordinates: Sendable, Equatable {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The 0-based row of each entry, each in `0..<rows`.
    public let rowIndices: [Int]
    /// The 0-based column of each entry, each in `0..<columns`.
    public let columnIndices: [Int]
    /// The value of each entry, or `.pattern` when only positions are known.
    public let values: MatrixMarketValues

    /// The number of entries.
    public var count: Int { rowIndices.count }
}
