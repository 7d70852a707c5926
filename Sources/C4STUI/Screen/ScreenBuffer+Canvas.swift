extension ScreenBuffer {
    /// Copies the non-empty cells of `canvas` into the screen with its top-left at (`row`, `column`).
    mutating func draw(_ canvas: BrailleCanvas, row: Int, column: Int, style: CellStyle) {
        for r in 0..<canvas.rows {
            for c in 0..<canvas.columns {
                if let ch = canvas.character(row: r, column: c) { set(ch, row: row + r, column: column + c, style: style) }
            }
        }
    }
}
