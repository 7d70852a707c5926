import C4SCore
import C4SWorkbench

/// The catalog: dataset ids on the left, everything about the selected one on the right.
enum DatasetsView {
    static func draw(_ model: WorkbenchModel, in rect: Rect, focused: Bool, into screen: inout ScreenBuffer) {
        Frame.draw(rect, title: "Datasets", focused: focused, into: &screen)
        let inner = rect.inset(1)
        let entries = model.environment.catalog.datasets
        guard !entries.isEmpty else {
            screen.write("no catalog found (run inside the repository or set C4S_REPO)", row: inner.row, column: inner.column,
                         style: CellStyle(.error), limit: inner.width)
            return
        }
        let listWidth = min((entries.map(\.id.count).max() ?? 0) + 13, inner.width / 2)
        let (list, detail) = inner.splitColumns(listWidth)
        let first = max(0, model.datasetIndex - list.height + 1)
        for (i, e) in entries.enumerated().dropFirst(first).prefix(list.height) {
            let selected = i == model.datasetIndex
            let line = "\(e.id.padding(toLength: listWidth - 11, withPad: " ", startingAt: 0)) \(e.kind.rawValue)"
            screen.write(line, row: list.row + i - first, column: list.column,
                         style: selected ? CellStyle(focused ? .selection : .title) : .plain, limit: list.width - 1)
        }
        let text = DatasetDescription.text(entries[min(model.datasetIndex, entries.count - 1)], locator: model.environment.locator)
        var row = detail.row
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for piece in wrap(String(line), width: detail.width - 1) where row < detail.row + detail.height {
                screen.write(piece, row: row, column: detail.column + 1, style: row == detail.row ? CellStyle(.title, bold: true) : .plain,
                             limit: detail.width - 1)
                row += 1
            }
        }
    }

    /// Splits a line into pieces of at most `width` characters.
    static func wrap(_ line: String, width: Int) -> [String] {
        guard width > 0, line.count > width else { return [line] }
        var pieces: [String] = []
        var rest = Substring(line)
        while !rest.isEmpty {
            pieces.append(String(rest.prefix(width)))
            rest = rest.dropFirst(width)
        }
        return pieces
    }
}
