/// The navigator: numbered sections, the current one highlighted.
enum NavigatorView {
    static func draw(_ model: WorkbenchModel, in rect: Rect, into screen: inout ScreenBuffer) {
        Frame.draw(rect, title: "Go", focused: model.focus == .navigator, into: &screen)
        for s in Section.allCases {
            let row = rect.row + 1 + s.rawValue
            let selected = s == model.section
            let style = selected ? CellStyle(model.focus == .navigator ? .selection : .title, bold: true) : .plain
            screen.fill(row: row, column: rect.column + 1, height: 1, width: rect.width - 2, style: selected ? style : .plain)
            screen.write(" \(s.rawValue + 1) \(s.title)", row: row, column: rect.column + 1, style: style, limit: rect.width - 2)
        }
    }
}
