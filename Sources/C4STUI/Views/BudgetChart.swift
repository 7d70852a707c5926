import C4SCore
import C4SIO
import C4SWorkbench
import Foundation

/// The global carbon budget by year as a bar chart (one column per year, eighth-block bars):
/// one term at a time, `v` cycles the term. Data: the catalog's `gcb2023` table, GtC/yr.
enum BudgetChart {
    /// The terms that can be shown, with how to read them from a year.
    static let terms: [(name: String, value: @Sendable (GlobalCarbonBudgetYear) -> Double)] = [
        ("fossil emissions", { $0.fossilEmissions }),
        ("land-use change emissions", { $0.landUseChangeEmissions }),
        ("atmospheric growth", { $0.atmosphericGrowth }),
        ("ocean sink", { $0.oceanSink }),
        ("land sink", { $0.landSink }),
        ("budget imbalance", { $0.budgetImbalance }),
    ]

    static func draw(_ model: WorkbenchModel, in rect: Rect, focused: Bool, into screen: inout ScreenBuffer) {
        Frame.draw(rect, title: "Carbon: global budget (gcb2023)", focused: focused, into: &screen)
        let inner = rect.inset(1)
        let years: [GlobalCarbonBudgetYear]
        do {
            years = try model.budgetYears()
        } catch {
            screen.write(String(describing: error), row: inner.row, column: inner.column, style: CellStyle(.error), limit: inner.width)
            return
        }
        guard let first = years.first, let last = years.last else { return }
        let term = terms[model.budgetTerm % terms.count]
        let values = years.map(term.value)
        let top = ThroughputChart.niceCeiling(max(values.max() ?? 1, 1e-9)), bottom = min(values.min() ?? 0, 0)
        let axis = 7
        let plot = Rect(row: inner.row + 1, column: inner.column + axis, height: inner.height - 3, width: inner.width - axis)
        screen.write("\(term.name), GtC/yr  (v: next term)", row: inner.row, column: inner.column, style: CellStyle(.title, bold: true),
                     limit: inner.width)
        screen.write(String(format: "%6.2f", top), row: plot.row, column: inner.column, style: CellStyle(.dim))
        screen.write(String(format: "%6.2f", bottom), row: plot.row + plot.height - 1, column: inner.column, style: CellStyle(.dim))
        let eighths: [Unicode.Scalar] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let perColumn = max(1, Int((Double(years.count) / Double(max(plot.width, 1))).rounded(.up)))
        let zeroLevel = Double(plot.height) * (0 - bottom) / (top - bottom)
        for (i, chunk) in stride(from: 0, to: years.count, by: perColumn).enumerated() where i < plot.width {
            let v = values[chunk..<min(chunk + perColumn, years.count)].reduce(0, +) / Double(min(perColumn, years.count - chunk))
            let level = Double(plot.height) * (v - bottom) / (top - bottom)
            let (low, high) = (min(level, zeroLevel), max(level, zeroLevel))
            for r in 0..<plot.height {
                let cellBottom = Double(plot.height - 1 - r), fill = min(max(high - cellBottom, 0), 1) - min(max(low - cellBottom, 0), 1)
                guard fill > 0 else { continue }
                screen.set(eighths[Int((fill * 8).rounded())], row: plot.row + r, column: plot.column + i,
                           style: CellStyle(v < 0 ? .series2 : .series1))
            }
        }
        screen.write("\(first.year)", row: plot.row + plot.height, column: plot.column, style: CellStyle(.dim))
        screen.write("\(last.year)", row: plot.row + plot.height, column: plot.column + min(years.count / perColumn, plot.width) - 4,
                     style: CellStyle(.dim))
        screen.write(String(format: "%d: %.2f GtC/yr   mean %d-%d: %.2f GtC/yr", last.year, values.last!, first.year, last.year,
                            values.reduce(0, +) / Double(values.count)),
                     row: plot.row + plot.height + 1, column: inner.column, style: CellStyle(.title), limit: inner.width)
    }
}
