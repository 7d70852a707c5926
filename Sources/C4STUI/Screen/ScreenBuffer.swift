/// A grid of cells that views draw into; the terminal edge renders it, tests read it as text.
///
/// Each cell holds one Unicode scalar of display width 1 (the workbench draws no wide characters)
/// and a style. Writes outside the grid are clipped.
public struct ScreenBuffer: Sendable, Equatable {
    /// One cell.
    public struct Cell: Sendable, Equatable {
        /// The character shown.
        public var scalar: Unicode.Scalar
        /// Its style.
        public var style: CellStyle
    }

    /// Height in cells.
    public let rows: Int
    /// Width in cells.
    public let columns: Int
    /// Cells in row-major order.
    public private(set) var cells: [Cell]

    /// A blank buffer. - Precondition: rows, columns ≥ 0.
    public init(rows: Int, columns: Int) {
        self.rows = max(rows, 0)
        self.columns = max(columns, 0)
        cells = Array(repeating: Cell(scalar: " ", style: .plain), count: self.rows * self.columns)
    }

    /// The cell at a position. - Precondition: inside the grid.
    public subscript(row: Int, column: Int) -> Cell {
        cells[row * columns + column]
    }

    /// Writes text from a position, one scalar per cell, clipped at `limit` cells (default: the
    /// right edge). Returns the column after the last cell written.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < rows else { return column }
        let end = min(columns, column + (limit ?? columns))
        var c = column
        for scalar in text.unicodeScalars {
            guard c < end else { break }
            if c >= 0 { cells[row * columns + c] = Cell(scalar: scalar, style: style) }
            c += 1
        }
        return c
    }

    /// Sets one cell (clipped).
    public mutating func set(_ scalar: Unicode.Scalar, row: Int, column: Int, style: CellStyle = .plain) {
        guard row >= 0, row < rows, column >= 0, column < columns else { return }
        cells[row * columns + column] = Cell(scalar: scalar, style: style)
    }

    /// Fills a rectangle with a character and style (clipped).
    public mutating func fill(row: Int, column: Int, height: Int, width: Int, with scalar: Unicode.Scalar = " ",
                              style: CellStyle = .plain) {
        for r in max(row, 0)..<min(row + height, rows) {
            for c in max(column, 0)..<min(column + width, columns) {
                cells[r * columns + c] = Cell(scalar: scalar, style: style)
            }
        }
    }

    /// The rows as text, trailing spaces kept, joined by newlines (for tests and snapshots).
    public var text: String {
        (0..<rows).map { row(at: $0) }.joined(separator: "\n")
    }

    /// One row as text.
    public func row(at r: Int) -> String {
        var s = String.UnicodeScalarView()
        for c in 0..<columns { s.append(cells[r * columns + c].scalar) }
        return String(s)
    }
}
