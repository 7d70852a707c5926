/// Draws a box with a title: single lines, highlighted title when focused.
enum Frame {
    static func draw(_ rect: Rect, title: String, focused: Bool, into screen: inout ScreenBuffer) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let style = CellStyle(focused ? .title : .dim)
        let right = rect.column + rect.width - 1, bottom = rect.row + rect.height - 1
        for c in rect.column...right {
            screen.set("─", row: rect.row, column: c, style: style)
            screen.set("─", row: bottom, column: c, style: style)
        }
        for r in rect.row...bottom {
            screen.set("│", row: r, column: rect.column, style: style)
            screen.set("│", row: r, column: right, style: style)
        }
        screen.set("┌", row: rect.row, column: rect.column, style: style)
        screen.set("┐", row: rect.row, column: right, style: style)
        screen.set("└", row: bottom, column: rect.column, style: style)
        screen.set("┘", row: bottom, column: right, style: style)
        screen.write(" \(title) ", row: rect.row, column: rect.column + 2, style: CellStyle(.title, bold: focused),
                     limit: rect.width - 4)
    }
}
