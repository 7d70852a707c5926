import C4SCore
import Foundation

/// The map pane: a gridded field drawn with half blocks (two grid samples per cell, `▀` with the
/// upper colour in front and the lower behind) in a perceptual colour map, a cursor that reads out
/// latitude, longitude and value, the area-weighted mean of the view (or of a box drawn with `m`),
/// and a colour bar with units.
enum MapView {
    static func draw(_ model: WorkbenchModel, in rect: Rect, focused: Bool, into screen: inout ScreenBuffer) {
        let browser = model.fields
        browser.load()
        let title = browser.datasets.indices.contains(browser.datasetIndex)
            ? "Carbon: \(browser.datasets[browser.datasetIndex].id)" : "Carbon"
        Frame.draw(rect, title: title, focused: focused, into: &screen)
        let inner = rect.inset(1)
        guard let field = browser.field else {
            screen.write(browser.error ?? "no field datasets in the catalog", row: inner.row, column: inner.column,
                         style: CellStyle(.error), limit: inner.width)
            return
        }
        let (plot, info) = inner.splitRows(inner.height - 3)
        let view = viewport(field, zoom: browser.zoom, cursor: browser.cursor, width: plot.width, height: plot.height * 2)
        let (range, map) = scale(field)
        let color = model.colorMode == .full
        for r in 0..<plot.height {
            for c in 0..<plot.width {
                let column = view.columns.lowerBound + c * view.columns.count / plot.width
                let top = view.rows.lowerBound + (2 * r) * view.rows.count / (plot.height * 2)
                let bottom = view.rows.lowerBound + (2 * r + 1) * view.rows.count / (plot.height * 2)
                let (a, b) = (field.value(row: top, column: column), field.value(row: bottom, column: column))
                if color {
                    screen.set("▀", row: plot.row + r, column: plot.column + c,
                               style: .colors(foreground: cellColor(a, range, map), background: cellColor(b, range, map)))
                } else {
                    let t = a.isFinite ? (a - range.lowerBound) / (range.upperBound - range.lowerBound) : -1
                    screen.set(t < 0 ? "·" : ColorMap.shade(t), row: plot.row + r, column: plot.column + c)
                }
            }
        }
        let cell = { (row: Int, column: Int) in
            (plot.row + (row - view.rows.lowerBound) * plot.height * 2 / view.rows.count / 2,
             plot.column + (column - view.columns.lowerBound) * plot.width / view.columns.count)
        }
        if let region = browser.visibleRegion {
            drawBox(region, view: view, plot: plot, cell: cell, into: &screen)
        }
        if view.rows.contains(browser.cursor.row), view.columns.contains(browser.cursor.column) {
            let (r, c) = cell(browser.cursor.row, browser.cursor.column)
            screen.set("╋", row: r, column: c, style: CellStyle(.selection, bold: true))
        }
        drawInfo(browser, field: field, view: view, range: range, map: map, color: color, in: info, into: &screen)
    }

    /// The outline of a region box, clipped to the view: the screen cells of its edge grid cells.
    private static func drawBox(_ region: MapRegion, view: (rows: Range<Int>, columns: Range<Int>), plot: Rect,
                                cell: (Int, Int) -> (Int, Int), into screen: inout ScreenBuffer) {
        let (viewRows, viewColumns) = (view.rows.lowerBound...(view.rows.upperBound - 1), view.columns.lowerBound...(view.columns.upperBound - 1))
        guard region.rows.overlaps(viewRows), region.columns.overlaps(viewColumns) else { return }
        let (rows, columns) = (region.rows.clamped(to: viewRows), region.columns.clamped(to: viewColumns))
        let (top, left) = cell(rows.lowerBound, columns.lowerBound)
        let (bottom, right) = cell(rows.upperBound, columns.upperBound)
        let style = CellStyle(.title, bold: true)
        for c in left...right {
            screen.set("─", row: top, column: c, style: style)
            screen.set("─", row: bottom, column: c, style: style)
        }
        for r in top...bottom {
            screen.set("│", row: r, column: left, style: style)
            screen.set("│", row: r, column: right, style: style)
        }
        screen.set("┌", row: top, column: left, style: style)
        screen.set("┐", row: top, column: right, style: style)
        screen.set("└", row: bottom, column: left, style: style)
        screen.set("┘", row: bottom, column: right, style: style)
    }

    /// The info line of a region box, in the longest form that fits `width` cells (the time label first
    /// while it fits): while drawing, its size and what the keys do; once closed, its area-weighted mean
    /// with units, its area and how many of its cells have values.
    static func regionLine(_ b: FieldBrowser, field f: LatLonField, width: Int) -> String? {
        guard let region = b.visibleRegion else { return nil }
        let size = "\(region.columns.count)x\(region.rows.count)"
        let forms: [String]
        if b.regionAnchor != nil {
            forms = ["box \(size) cells  Enter: mean  Esc: cancel", "box \(size)  Enter mean  Esc cancel"]
        } else {
            let s = region.summary(of: f)
            let mean = s.mean.map { String(format: "mean %.4g %@", $0, f.units) } ?? "no values"
            let area = String(format: "%.4g km²", s.areaKm2), cells = "\(s.cellsWithValue)/\(s.cells)"
            forms = ["box \(size) cells: \(mean) (area-weighted), area \(area), \(cells) cells with values",
                     "box \(size): \(mean), area \(area), \(cells) cells with values",
                     "box \(size): \(mean), \(area), \(cells) cells",
                     "\(mean), \(area), \(cells) cells"]
        }
        let candidates = forms.map { "\(f.timeLabel)  \($0)" } + forms
        return candidates.first { $0.unicodeScalars.count <= width } ?? forms[forms.count - 1]
    }

    /// Grid rows and columns visible at a zoom, centred on the cursor and kept inside the grid.
    static func viewport(_ f: LatLonField, zoom: Int, cursor: (row: Int, column: Int), width: Int, height: Int)
        -> (rows: Range<Int>, columns: Range<Int>) {
        let rows = max(f.rows / zoom, 1), columns = max(f.columns / zoom, 1)
        let top = min(max(cursor.row - rows / 2, 0), f.rows - rows)
        let left = min(max(cursor.column - columns / 2, 0), f.columns - columns)
        return (top..<(top + rows), left..<(left + columns))
    }

    /// The colour range and map: diverging and symmetric about zero when values have both signs
    /// (fluxes, ΔpCO₂), else viridis over the finite range.
    static func scale(_ f: LatLonField) -> (ClosedRange<Double>, ColorMap) {
        guard let r = f.finiteRange else { return (0...1, .viridis) }
        if r.lowerBound < 0 && r.upperBound > 0 {
            let m = max(-r.lowerBound, r.upperBound)
            return (-m...m, .diverging)
        }
        return (r.lowerBound == r.upperBound ? r.lowerBound...(r.lowerBound + 1) : r, .viridis)
    }

    private static func cellColor(_ v: Double, _ range: ClosedRange<Double>, _ map: ColorMap) -> UInt8 {
        guard v.isFinite else { return 236 }      // dark grey: no value (land, ice)
        return map.xterm256((v - range.lowerBound) / (range.upperBound - range.lowerBound))
    }

    private static func drawInfo(_ b: FieldBrowser, field f: LatLonField, view: (rows: Range<Int>, columns: Range<Int>),
                                 range: ClosedRange<Double>, map: ColorMap, color: Bool, in rect: Rect,
                                 into screen: inout ScreenBuffer) {
        let lat = f.latitudes[b.cursor.row], lon = f.longitudes[b.cursor.column]
        let value = f.value(row: b.cursor.row, column: b.cursor.column)
        let readout = String(format: "%.2f°%@ %.2f°%@  %@ = %@ %@", abs(lat), lat >= 0 ? "N" : "S", abs(lon), lon >= 0 ? "E" : "W",
                             f.name, value.isFinite ? String(format: "%.4g", value) : "no value", f.units)
        screen.write(readout, row: rect.row, column: rect.column, style: CellStyle(.title, bold: true), limit: rect.width)
        var line = "\(f.timeLabel)  zoom \(b.zoom)x  var \(b.variableIndex + 1)/\(b.variables.count)"
        if let region = regionLine(b, field: f, width: rect.width) {
            line = region
        } else if let mean = f.areaMean(rows: view.rows, columns: view.columns) {
            line += String(format: "  view mean %.4g %@ (area-weighted, %d cells)", mean.mean, f.units, mean.cells)
        }
        screen.write(line, row: rect.row + 1, column: rect.column, style: CellStyle(.dim), limit: rect.width)
        let low = String(format: "%.4g ", range.lowerBound), high = String(format: " %.4g %@", range.upperBound, f.units)
        var c = screen.write(low, row: rect.row + 2, column: rect.column, limit: rect.width)
        let barWidth = max(min(40, rect.width - low.count - high.count), 0)
        for i in 0..<barWidth {
            let t = Double(i) / Double(max(barWidth - 1, 1))
            if color {
                screen.set(" ", row: rect.row + 2, column: c, style: .colors(foreground: 0, background: map.xterm256(t)))
            } else {
                screen.set(ColorMap.shade(t), row: rect.row + 2, column: c)
            }
            c += 1
        }
        screen.write(high, row: rect.row + 2, column: c, limit: rect.column + rect.width - c)
    }
}
