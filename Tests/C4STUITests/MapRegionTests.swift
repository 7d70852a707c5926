import C4SCore
@testable import C4STUI
import Foundation
import Testing

@Suite struct MapRegionTests {
    /// A global grid of `step`-degree cells, with value = latitude of the cell centre.
    static func globalGrid(step: Double) -> LatLonField {
        let latitudes = stride(from: -90 + step / 2, to: 90, by: step).map { $0 }
        let longitudes = stride(from: -180 + step / 2, to: 180, by: step).map { $0 }
        let values = latitudes.flatMap { lat in longitudes.map { _ in lat } }
        return LatLonField(name: "lat", units: "degN", latitudes: latitudes, longitudes: longitudes, values: values, timeLabel: "")
    }

    @Test func areasOfSphericalBoxesMatchTheClosedForm() {
        let f = Self.globalGrid(step: 2)
        let r = MapRegion.earthRadiusKm
        let globe = MapRegion(corner: (0, 0), corner: (f.rows - 1, f.columns - 1)).summary(of: f)
        #expect(abs(globe.areaKm2 / (4 * .pi * r * r) - 1) < 1e-12)          // 510.07 million km²
        #expect(globe.cells == 90 * 180 && globe.cellsWithValue == globe.cells)
        #expect(abs(globe.mean!) < 1e-9)                                      // symmetric about the equator
        // 0°–30° N, 10° of longitude (rows are north-first): R² Δλ (sin 30° − sin 0°).
        let band = MapRegion(corner: (44, 0), corner: (30, 4)).summary(of: f)
        #expect(abs(band.areaKm2 / (r * r * (10 * .pi / 180) * 0.5) - 1) < 1e-12)
        #expect(band.cells == 15 * 5)
    }

    @Test func missingCellsCountInTheAreaButNotInTheMean() {
        let f = LatLonField(name: "x", units: "1", latitudes: [10, 0], longitudes: [0, 10], values: [1, .nan, 3, 5], timeLabel: "")
        let s = MapRegion(corner: (1, 1), corner: (0, 0)).summary(of: f)
        #expect(s.cells == 4 && s.cellsWithValue == 3)
        let plain = f.areaMean(rows: 0..<2, columns: 0..<2)!                // cos-weighted: the same on a regular grid
        #expect(abs(s.mean! - plain.mean) < 1e-12)
    }

    @Test func boxDrawnWithKeysOnTheTakahashiMapShowsItsMean() throws {
        let model = try ModelFixture.model()
        model.handle(.character("4"))
        _ = WorkbenchScreen.render(model, rows: 30, columns: 100)
        let start = model.fields.cursor
        model.handle(.character("m"))
        for _ in 0..<3 { model.handle(.character("l")) }
        for _ in 0..<2 { model.handle(.character("j")) }
        let drawing = WorkbenchScreen.render(model, rows: 30, columns: 100).text
        #expect(drawing.contains("box 7x5 cells  Enter: mean  Esc: cancel"))
        model.handle(.enter)
        let region = try #require(model.fields.region)
        #expect(region.rows == start.row...(start.row + 4) && region.columns == start.column...(start.column + 6))
        let field = try #require(model.fields.field)
        let summary = region.summary(of: field)
        let plain = field.areaMean(rows: start.row..<(start.row + 5), columns: start.column..<(start.column + 7))
        #expect(summary.cellsWithValue == plain?.cells && summary.cells == 35)
        if let mean = summary.mean, let reference = plain?.mean { #expect(abs(mean - reference) <= 1e-9 * abs(reference)) }
        let closed = WorkbenchScreen.render(model, rows: 30, columns: 140).text
        #expect(closed.contains("box 7x5: mean ") && closed.contains(" km², ") && closed.contains("/35 cells with values"))
        #expect(!closed.contains("view mean"))
        // From 80 to 120 columns the line is abbreviated, never cut: mean with units, area and cells always show.
        for columns in [80, 90, 100, 110, 120] {
            let lines = WorkbenchScreen.render(model, rows: 30, columns: columns).text.split(separator: "\n")
            let line = try #require(lines.first { $0.contains("km²") }, "no region line at \(columns) columns")
            #expect(line.contains("mean ") && line.contains(field.units) && line.contains("/35 cells"), "\(columns): \(line)")
        }
        #expect(WorkbenchScreen.render(model, rows: 30, columns: 120).text.contains("takahashi09-month01 (1/12)  box 7x5: mean "))
        model.handle(.character("t"))                       // the box stays for the next month
        #expect(WorkbenchScreen.render(model, rows: 30, columns: 100).text.contains("box 7x5: mean "))
        model.handle(.escape)
        let cleared = WorkbenchScreen.render(model, rows: 30, columns: 100).text
        #expect(cleared.contains("view mean") && !cleared.contains("box 7x5"))
    }
}

@Suite struct MouseDragTests {
    @Test func dragInTheMoleculePaneRotatesTheView() throws {
        let model = try ModelFixture.model()
        model.handle(.character("3"))
        let before = WorkbenchScreen.render(model, rows: 36, columns: 110).text
        model.handle(.mouse(row: 10, column: 40, kind: .click))
        model.handle(.mouse(row: 10, column: 50, kind: .drag))
        model.handle(.mouse(row: 12, column: 60, kind: .drag))
        model.handle(.mouse(row: 12, column: 60, kind: .release))
        #expect(abs(model.molecules.yaw - 20 * WorkbenchModel.dragYawPerColumn) < 1e-12)
        #expect(abs(model.molecules.pitch - 2 * WorkbenchModel.dragPitchPerRow) < 1e-12)
        #expect(WorkbenchScreen.render(model, rows: 36, columns: 110).text != before, "the projection did not change")
        model.handle(.mouse(row: 20, column: 90, kind: .drag))           // no button held: nothing turns
        #expect(abs(model.molecules.yaw - 1) < 1e-12)
    }

    @Test func dragOutsideTheMoleculePaneDoesNotRotate() throws {
        let model = try ModelFixture.model()
        model.handle(.character("4"))
        model.handle(.mouse(row: 10, column: 40, kind: .click))
        model.handle(.mouse(row: 10, column: 60, kind: .drag))
        #expect(model.molecules.yaw == 0)
        model.handle(.character("3"))
        model.handle(.mouse(row: 4, column: 2, kind: .click))             // the navigator: selects Molecules
        model.handle(.mouse(row: 4, column: 30, kind: .drag))
        #expect(model.molecules.yaw == 0 && model.section == .molecules)
    }
}
