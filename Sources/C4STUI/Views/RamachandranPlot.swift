import C4SIO
import Foundation

/// A Ramachandran scatter of the current frame: φ across and ψ up, both −180…180°, one braille
/// dot per residue over dim axes at 0°.
enum RamachandranPlot {
    static func draw(_ angles: [BackboneTorsions.Angles], braille: Bool, in rect: Rect, into screen: inout ScreenBuffer) {
        guard rect.height >= 5, rect.width >= 16 else { return }
        screen.write("Ramachandran φ→ ψ↑ (\(angles.count) residues)", row: rect.row, column: rect.column,
                     style: CellStyle(.title), limit: rect.width)
        let label = 5
        let plot = Rect(row: rect.row + 1, column: rect.column + label, height: rect.height - 2, width: rect.width - label)
        var axes = BrailleCanvas(columns: plot.width, rows: plot.height, braille: braille)
        var points = BrailleCanvas(columns: plot.width, rows: plot.height, braille: braille)
        let (w, h) = (points.dotColumns - 1, points.dotRows - 1)
        func x(_ phi: Double) -> Int { Int(((phi + 180) / 360 * Double(w)).rounded()) }
        func y(_ psi: Double) -> Int { Int(((180 - psi) / 360 * Double(h)).rounded()) }
        for i in stride(from: 0, through: h, by: 2) { axes.set(x: x(0), y: i) }
        for i in stride(from: 0, through: w, by: 2) { axes.set(x: i, y: y(0)) }
        for a in angles { points.set(x: x(a.phi), y: y(a.psi)) }
        screen.draw(axes, row: plot.row, column: plot.column, style: CellStyle(.dim))
        screen.draw(points, row: plot.row, column: plot.column, style: CellStyle(.series3, bold: true))
        let dim = CellStyle(.dim)
        screen.write(" 180", row: plot.row, column: rect.column, style: dim)
        screen.write("   0", row: plot.row + plot.height / 2, column: rect.column, style: dim)
        screen.write("-180", row: plot.row + plot.height - 1, column: rect.column, style: dim)
        let bottom = plot.row + plot.height
        screen.write("-180", row: bottom, column: plot.column, style: dim)
        screen.write("0", row: bottom, column: plot.column + plot.width / 2, style: dim)
        screen.write("180", row: bottom, column: plot.column + plot.width - 3, style: dim)
    }
}
