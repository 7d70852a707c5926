import C4SIO
import Foundation

/// The molecule pane: an orthographic 3-D projection drawn with braille (Cα trace as lines, or
/// every atom as dots), the frame slider and time, and RMSD to the first frame over the frames;
/// beside the structure, when the pane is wide enough, the Ramachandran scatter of the current
/// frame (proteins) and the trajectory's energies and temperature over time (H5MD observables).
enum MoleculeView {
    static func draw(_ model: WorkbenchModel, in rect: Rect, focused: Bool, into screen: inout ScreenBuffer) {
        let browser = model.molecules
        browser.load()
        Frame.draw(rect, title: browser.title.isEmpty ? "Molecules" : "Molecules: \(browser.title)", focused: focused, into: &screen)
        let inner = rect.inset(1)
        guard let frames = browser.frames else {
            screen.write(browser.error ?? "no molecule datasets in the catalog", row: inner.row, column: inner.column,
                         style: CellStyle(.error), limit: inner.width)
            return
        }
        let (view, info) = inner.splitRows(inner.height - 6)
        let hasSide = inner.width >= 60 && (browser.torsions != nil || !frames.observables.isEmpty)
        let (structure, side) = view.splitColumns(hasSide ? view.width - min(max(view.width * 2 / 5, 24), 60) : view.width)
        drawStructure(frames, browser: browser, braille: model.braille, in: structure, into: &screen)
        if hasSide {
            let panel = Rect(row: side.row, column: side.column + 1, height: side.height, width: side.width - 1)
            let both = browser.torsions != nil && !frames.observables.isEmpty
            let (top, bottom) = both ? panel.splitRows(panel.height / 2) : (panel, panel)
            if let torsions = browser.torsions {
                RamachandranPlot.draw(torsions.angles(frames.frames[browser.frame]), braille: model.braille, in: top, into: &screen)
            }
            ObservablePlot.draw(frames.observables, time: frames.times?[browser.frame] ?? Double(browser.frame),
                                braille: model.braille, in: bottom, into: &screen)
        }
        let n = frames.frames.count
        var line = "frame \(browser.frame + 1)/\(n)"
        if let t = frames.times?[browser.frame] { line += String(format: "  t = %.3g ps", t) }
        line += "  \(frames.atoms.count) atoms  \(browser.allAtoms ? "all atoms" : "Cα trace")  \(browser.playing ? "▶ \(browser.speed) fps" : "paused")"
        line += String(format: "  RMSD to frame 1: %.2f Å (centred, no fit)", browser.rmsd[browser.frame])
        screen.write(line, row: info.row, column: info.column, style: CellStyle(.title, bold: true), limit: info.width)
        let slider = max(info.width - 2, 1)
        let knob = n > 1 ? browser.frame * (slider - 1) / (n - 1) : 0
        screen.write("[" + String(repeating: "─", count: slider) + "]", row: info.row + 1, column: info.column, style: CellStyle(.dim), limit: info.width)
        screen.set("●", row: info.row + 1, column: info.column + 1 + knob, style: CellStyle(.series1, bold: true))
        let chart = Rect(row: info.row + 2, column: info.column, height: info.height - 2, width: info.width)
        drawRMSD(browser.rmsd, current: browser.frame, braille: model.braille, in: chart, into: &screen)
    }

    private static func drawStructure(_ f: MolecularFrames, browser: MoleculeBrowser, braille: Bool, in rect: Rect,
                                      into screen: inout ScreenBuffer) {
        let positions = f.frames[browser.frame]
        let selected = browser.allAtoms ? Array(f.atoms.indices) : f.atoms.indices.filter { f.atoms[$0].name == "CA" }
        let atoms = selected.isEmpty ? Array(f.atoms.indices) : selected
        let (cy, sy, cp, sp) = (cos(browser.yaw), sin(browser.yaw), cos(browser.pitch), sin(browser.pitch))
        // Centre on the first frame's centroid of the drawn atoms so the molecule does not jump.
        let reference = f.frames[0]
        var centre = (0.0, 0.0, 0.0)
        for a in atoms { centre.0 += reference[3 * a]; centre.1 += reference[3 * a + 1]; centre.2 += reference[3 * a + 2] }
        centre = (centre.0 / Double(atoms.count), centre.1 / Double(atoms.count), centre.2 / Double(atoms.count))
        let projected: [(Double, Double)] = atoms.map { a in
            let (x, y, z) = (positions[3 * a] - centre.0, positions[3 * a + 1] - centre.1, positions[3 * a + 2] - centre.2)
            let x1 = cy * x + sy * z, z1 = -sy * x + cy * z
            return (x1, cp * y - sp * z1)
        }
        var canvas = BrailleCanvas(columns: rect.width, rows: rect.height, braille: braille)
        let extent = max(projected.map { max(abs($0.0), abs($0.1)) }.max() ?? 1, 1e-6)
        // Terminal cells are about twice as tall as wide; braille dots are then square.
        let scale = 0.48 * min(Double(canvas.dotColumns), Double(canvas.dotRows)) / extent
        let dots = projected.map { (x: canvas.dotColumns / 2 + Int($0.0 * scale), y: canvas.dotRows / 2 - Int($0.1 * scale)) }
        if browser.allAtoms {
            for d in dots { canvas.set(x: d.x, y: d.y) }
        } else {
            for (i, (a, b)) in zip(dots, dots.dropFirst()).enumerated()
            where f.atoms[atoms[i]].chain == f.atoms[atoms[i + 1]].chain {
                canvas.line(from: a, to: b)
            }
        }
        screen.draw(canvas, row: rect.row, column: rect.column, style: CellStyle(.series1))
    }

    private static func drawRMSD(_ rmsd: [Double], current: Int, braille: Bool, in rect: Rect, into screen: inout ScreenBuffer) {
        guard rect.height >= 2, rmsd.count > 1 else { return }
        let top = max(rmsd.max() ?? 1, 1e-9)
        screen.write(String(format: "RMSD %.2f Å", top), row: rect.row, column: rect.column, style: CellStyle(.dim))
        let plot = Rect(row: rect.row, column: rect.column + 13, height: rect.height, width: rect.width - 13)
        var canvas = BrailleCanvas(columns: plot.width, rows: plot.height, braille: braille)
        let dots = rmsd.enumerated().map { (x: $0.offset * (canvas.dotColumns - 1) / (rmsd.count - 1),
                                            y: canvas.dotRows - 1 - Int(Double(canvas.dotRows - 1) * $0.element / top)) }
        for (a, b) in zip(dots, dots.dropFirst()) { canvas.line(from: a, to: b) }
        screen.draw(canvas, row: plot.row, column: plot.column, style: CellStyle(.series2))
        let marker = plot.column + dots[current].x / (braille ? 2 : 1)
        screen.set("│", row: plot.row + plot.height - 1, column: marker, style: CellStyle(.series1, bold: true))
    }
}
