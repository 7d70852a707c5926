/// A rectangle of cells: top-left corner and size.
public struct Rect: Sendable, Equatable {
    /// Top row.
    public var row: Int
    /// Left column.
    public var column: Int
    /// Height in rows.
    public var height: Int
    /// Width in columns.
    public var width: Int

    /// Creates a rectangle.
    public init(row: Int, column: Int, height: Int, width: Int) {
        self.row = row
        self.column = column
        self.height = max(height, 0)
        self.width = max(width, 0)
    }

    /// Splits into a left part of `width` columns and the rest.
    public func splitColumns(_ width: Int) -> (left: Rect, right: Rect) {
        let w = min(max(width, 0), self.width)
        return (Rect(row: row, column: column, height: height, width: w),
                Rect(row: row, column: column + w, height: height, width: self.width - w))
    }

    /// Splits into a top part of `height` rows and the rest.
    public func splitRows(_ height: Int) -> (top: Rect, bottom: Rect) {
        let h = min(max(height, 0), self.height)
        return (Rect(row: row, column: column, height: h, width: width),
                Rect(row: row + h, column: column, height: self.height - h, width: width))
    }

    /// The rectangle shrunk by `n` cells on every side.
    public func inset(_ n: Int) -> Rect {
        Rect(row: row + n, column: column + n, height: height - 2 * n, width: width - 2 * n)
    }
}
