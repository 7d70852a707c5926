import C4SWorkbench
import Foundation

/// The table of this session's runs, sortable by any column.
public enum ResultsTable {
    /// The columns.
    public enum Column: String, CaseIterable, Sendable {
        case run, job, state, mean, peak, unit, seconds

        /// Header text.
        public var title: String { rawValue }
    }

    /// The runs sorted by a column (ties keep run order).
    public static func sorted(_ runs: [RunRecord], by column: Column, ascending: Bool) -> [RunRecord] {
        let ordered = runs.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            let less: Bool? = switch column {
            case .run: x.number < y.number
            case .job: x.descriptor.id == y.descriptor.id ? nil : x.descriptor.id < y.descriptor.id
            case .state: x.stateText == y.stateText ? nil : x.stateText < y.stateText
            case .mean: x.throughput.mean == y.throughput.mean ? nil : x.throughput.mean < y.throughput.mean
            case .peak: x.throughput.peak == y.throughput.peak ? nil : x.throughput.peak < y.throughput.peak
            case .unit: x.throughput.label == y.throughput.label ? nil : x.throughput.label < y.throughput.label
            case .seconds: seconds(x) == seconds(y) ? nil : seconds(x) < seconds(y)
            }
            guard let less else { return a.offset < b.offset }
            return ascending ? less : !less
        }
        return ordered.map(\.element)
    }

    static func seconds(_ run: RunRecord) -> Double {
        run.samples.last?.elapsed ?? 0
    }

    static func cells(_ run: RunRecord) -> [String] {
        let t = run.throughput
        return ["\(run.number)", run.descriptor.id, run.stateText, String(format: "%.4g", t.mean), String(format: "%.4g", t.peak),
                t.label, String(format: "%.2f", seconds(run))]
    }

    static func draw(_ model: WorkbenchModel, in rect: Rect, focused: Bool, into screen: inout ScreenBuffer) {
        Frame.draw(rect, title: "Results", focused: focused, into: &screen)
        let inner = rect.inset(1)
        let widths = [4, 10, 8, 10, 10, 11, 8]
        var column = inner.column
        for (c, w) in zip(Column.allCases, widths) {
            let mark = c == model.resultSort ? (model.resultSortAscending ? "▲" : "▼") : " "
            column = screen.write((c.title + mark).padding(toLength: w, withPad: " ", startingAt: 0), row: inner.row, column: column,
                                  style: CellStyle(.title, bold: c == model.resultSort), limit: inner.column + inner.width - column)
        }
        let rows = sorted(model.runs, by: model.resultSort, ascending: model.resultSortAscending)
        if rows.isEmpty {
            screen.write("no runs yet", row: inner.row + 1, column: inner.column, style: CellStyle(.dim), limit: inner.width)
        }
        for (i, run) in rows.enumerated().prefix(max(inner.height - 1, 0)) {
            let selected = i == model.resultIndex && (focused || model.section == .results)
            column = inner.column
            for (text, w) in zip(cells(run), widths) {
                column = screen.write(text.padding(toLength: w, withPad: " ", startingAt: 0), row: inner.row + 1 + i, column: column,
                                      style: selected ? CellStyle(.selection) : .plain, limit: inner.column + inner.width - column)
            }
        }
    }
}
