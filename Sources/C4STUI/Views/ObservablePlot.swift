import C4SIO
import Foundation

/// Energies and temperature over time from a trajectory's observables: potential and total energy
/// on one braille chart, temperature on another (or, without those names, the first observable),
/// each with its current value and a marker at the current frame's time.
enum ObservablePlot {
    /// The series drawn together on one chart, by observable name.
    static let groups = [["potential_energy", "total_energy"], ["temperature"]]
    private static let styles: [ColorRole] = [.series1, .series2]
    /// Short legend labels of the common observables.
    static let labels = ["potential_energy": "Epot", "kinetic_energy": "Ekin", "total_energy": "Etot", "temperature": "T"]

    static func draw(_ observables: [TrajectoryObservable], time: Double, braille: Bool, in rect: Rect,
                     into screen: inout ScreenBuffer) {
        var charts = groups.map { names in names.compactMap { n in observables.first { $0.name == n } } }.filter { !$0.isEmpty }
        if charts.isEmpty, let first = observables.first { charts = [[first]] }
        guard !charts.isEmpty, rect.height >= 2 * charts.count else { return }
        let height = rect.height / charts.count
        for (k, series) in charts.enumerated() {
            let area = Rect(row: rect.row + k * height, column: rect.column, height: height, width: rect.width)
            drawChart(series, time: time, braille: braille, in: area, into: &screen)
        }
    }

    /// One chart: a legend row with current values, then the curves on a shared scale.
    private static func drawChart(_ series: [TrajectoryObservable], time: Double, braille: Bool, in rect: Rect,
                                  into screen: inout ScreenBuffer) {
        var column = rect.column
        for (i, s) in series.enumerated() {
            let now = value(s, at: time).map { String(format: "%.6g", $0) } ?? "–"
            column = screen.write("\(labels[s.name] ?? s.name) \(now) \(s.unit)  ", row: rect.row, column: column,
                                   style: CellStyle(styles[i % styles.count]), limit: max(rect.column + rect.width - column, 0))
        }
        let plot = Rect(row: rect.row + 1, column: rect.column, height: rect.height - 1, width: rect.width)
        let values = series.flatMap { $0.values.filter(\.isFinite) }
        let times = series.flatMap(\.times)
        guard plot.height >= 1, let low = values.min(), let high = values.max(), let t0 = times.min(), let t1 = times.max() else { return }
        let span = max(high - low, 1e-12), duration = max(t1 - t0, 1e-12)
        for (i, s) in series.enumerated() {
            var canvas = BrailleCanvas(columns: plot.width, rows: plot.height, braille: braille)
            let dots = zip(s.times, s.values).filter { $0.1.isFinite }.map { t, v in
                (x: Int((t - t0) / duration * Double(canvas.dotColumns - 1)),
                 y: canvas.dotRows - 1 - Int((v - low) / span * Double(canvas.dotRows - 1)))
            }
            if dots.count == 1 { canvas.set(x: dots[0].x, y: dots[0].y) }
            for (a, b) in zip(dots, dots.dropFirst()) { canvas.line(from: a, to: b) }
            screen.draw(canvas, row: plot.row, column: plot.column, style: CellStyle(styles[i % styles.count]))
        }
        let marker = plot.column + Int((min(max(time, t0), t1) - t0) / duration * Double(plot.width - 1))
        screen.set("│", row: plot.row + plot.height - 1, column: marker, style: CellStyle(.title, bold: true))
    }

    /// The value recorded at the latest time not after `time` (the first value before it starts).
    static func value(_ s: TrajectoryObservable, at time: Double) -> Double? {
        guard !s.values.isEmpty else { return nil }
        let index = s.times.lastIndex { $0 <= time + 1e-9 } ?? 0
        return s.values[index]
    }
}
