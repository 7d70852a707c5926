import C4SWorkbench

/// A live chart of throughput over time: one braille line per run (up to four, in distinct
/// colours), a y axis in the job's throughput unit, and the time span on the x axis.
enum ThroughputChart {
    static let seriesRoles: [ColorRole] = [.series1, .series2, .series3, .series4]

    /// Draws `runs` (oldest first; the last four are shown) into `rect`.
    static func draw(_ runs: [RunRecord], braille: Bool, in rect: Rect, into screen: inout ScreenBuffer) {
        let shown = Array(runs.suffix(4))
        let axisWidth = 8
        guard rect.width > axisWidth + 4, rect.height >= 3 else { return }
        let plot = Rect(row: rect.row, column: rect.column + axisWidth, height: rect.height - 1, width: rect.width - axisWidth)
        let points = shown.map { run in run.samples.filter { $0.workUnits > 0 }.map { ($0.elapsed, $0.workRate / run.descriptor.workUnit.scale) } }
        let peak = points.flatMap { $0.map(\.1) }.max() ?? 0
        let span = max(points.flatMap { $0.map(\.0) }.max() ?? 0, 1e-9)
        let top = peak > 0 ? niceCeiling(peak) : 1
        screen.write(String(format: "%7.3g", top), row: plot.row, column: rect.column, style: CellStyle(.dim))
        screen.write(String(format: "%7.3g", top / 2), row: plot.row + plot.height / 2, column: rect.column, style: CellStyle(.dim))
        screen.write("      0", row: plot.row + plot.height - 1, column: rect.column, style: CellStyle(.dim))
        for r in plot.row..<(plot.row + plot.height) { screen.set("┤", row: r, column: plot.column - 1, style: CellStyle(.dim)) }
        let unit = shown.last?.descriptor.workUnit.throughputLabel ?? ""
        screen.write(String(format: "0 s … %.2f s   %@", span, unit), row: rect.row + rect.height - 1, column: plot.column,
                     style: CellStyle(.dim), limit: plot.width)
        for (i, series) in points.enumerated() where !series.isEmpty {
            var canvas = BrailleCanvas(columns: plot.width, rows: plot.height, braille: braille)
            let dots = series.map { (t, v) in
                (x: Int(Double(canvas.dotColumns - 1) * t / span),
                 y: canvas.dotRows - 1 - Int((Double(canvas.dotRows - 1) * v / top).rounded()))
            }
            if dots.count == 1 { canvas.set(x: dots[0].x, y: dots[0].y) }
            for (a, b) in zip(dots, dots.dropFirst()) { canvas.line(from: a, to: b) }
            for r in 0..<plot.height {
                for c in 0..<plot.width {
                    if let ch = canvas.character(row: r, column: c) {
                        screen.set(ch, row: plot.row + r, column: plot.column + c, style: CellStyle(seriesRoles[i]))
                    }
                }
            }
        }
    }

    /// The smallest of 1, 2, 2.5, 5 × 10^k that is ≥ value.
    static func niceCeiling(_ value: Double) -> Double {
        let p = pow(10, floor(log10(value)))
        return [1, 2, 2.5, 5, 10].map { $0 * p }.first { $0 >= value } ?? value
    }
}

import Foundation
