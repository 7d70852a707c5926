/// A dot canvas drawn with braille characters (2×4 dots per cell, U+2800–U+28FF), with a block
/// fallback (one dot per cell: `█` / `▀` / `▄`) for fonts without braille.
public struct BrailleCanvas: Sendable {
    /// Width and height in cells.
    public let columns: Int, rows: Int
    /// Use braille; false draws half blocks at 1×2 dots per cell.
    public let braille: Bool
    private var dots: [Bool]

    /// Dots across and down.
    public var dotColumns: Int { columns * (braille ? 2 : 1) }
    /// Dots down.
    public var dotRows: Int { rows * (braille ? 4 : 2) }

    /// A blank canvas of `columns` × `rows` cells.
    public init(columns: Int, rows: Int, braille: Bool = true) {
        self.columns = max(columns, 0)
        self.rows = max(rows, 0)
        self.braille = braille
        dots = Array(repeating: false, count: self.columns * (braille ? 2 : 1) * self.rows * (braille ? 4 : 2))
    }

    /// Sets the dot at (x, y), x rightwards and y downwards from the top-left; outside is ignored.
    public mutating func set(x: Int, y: Int) {
        guard x >= 0, x < dotColumns, y >= 0, y < dotRows else { return }
        dots[y * dotColumns + x] = true
    }

    /// Draws a straight line between two dots (Bresenham).
    public mutating func line(from a: (x: Int, y: Int), to b: (x: Int, y: Int)) {
        var (x, y) = a
        let dx = abs(b.x - x), dy = -abs(b.y - y)
        let sx = x < b.x ? 1 : -1, sy = y < b.y ? 1 : -1
        var err = dx + dy
        while true {
            set(x: x, y: y)
            if x == b.x && y == b.y { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x += sx }
            if e2 <= dx { err += dx; y += sy }
        }
    }

    /// Dot numbering of the Unicode braille block as (column, row, bit): bits 0-2 and 6 in the left
    /// column, 3-5 and 7 in the right.
    private static let brailleBits: [(Int, Int, UInt32)] = [(0, 0, 0x01), (0, 1, 0x02), (0, 2, 0x04), (1, 0, 0x08),
                                                            (1, 1, 0x10), (1, 2, 0x20), (0, 3, 0x40), (1, 3, 0x80)]

    /// The character of a cell: the braille pattern of its dots, or a half block; nil when empty.
    public func character(row: Int, column: Int) -> Unicode.Scalar? {
        if braille {
            var code: UInt32 = 0
            for (dx, dy, bit) in Self.brailleBits where dots[(row * 4 + dy) * dotColumns + column * 2 + dx] { code |= bit }
            return code == 0 ? nil : Unicode.Scalar(0x2800 + code)
        }
        let top = dots[(row * 2) * dotColumns + column], bottom = dots[(row * 2 + 1) * dotColumns + column]
        switch (top, bottom) {
        case (true, true): return "█"
        case (true, false): return "▀"
        case (false, true): return "▄"
        default: return nil
        }
    }
}
