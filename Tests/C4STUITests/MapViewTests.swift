import Foundation
import C4SCore
@testable import C4STUI
import Testing

@Suite struct MapViewTests {
    @Test func takahashiMapReadsOutTheCursor() throws {
        let model = try ModelFixture.model()
        model.handle(.character("4"))
        let first = WorkbenchScreen.render(model, rows: 30, columns: 100).text
        #expect(first.contains("Carbon: takahashi09"))
        #expect(first.contains("pCO2_sw = ") && first.contains("uatm (micro atmospheres)"))
        #expect(first.contains("takahashi09-month01 (1/12)") && first.contains("view mean"))
        let before = model.fields.cursor
        model.handle(.right)
        model.handle(.down)
        #expect(model.fields.cursor.column == before.column + 2 && model.fields.cursor.row == before.row + 2)
        model.handle(.character("t"))
        #expect(WorkbenchScreen.render(model, rows: 30, columns: 100).text.contains("takahashi09-month02 (2/12)"))
        model.handle(.character("+"))
        #expect(model.fields.zoom == 2)
        #expect(WorkbenchScreen.render(model, rows: 30, columns: 100).text.contains("zoom 2x"))
    }

    @Test func exportWritesTheShownMap() throws {
        let model = try ModelFixture.model()
        model.handle(.character("4"))
        _ = WorkbenchScreen.render(model, rows: 30, columns: 100)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-map-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: file) }
        model.handle(.character("e"))
        model.handle(.clearLine)
        ModelFixture.type(file.path, into: model)
        model.handle(.enter)
        #expect(model.status.text.hasPrefix("wrote run 1 to \(file.path) group /results/field-"), "\(model.status.text)")
        #expect(model.runs.first?.result?.arrays.first?.name == "pCO2_sw")
    }

    @Test func ersstHasAMonthlyTimeAxis() throws {
        let model = try ModelFixture.model()
        model.handle(.character("4"))
        for _ in 0..<4 { model.handle(.character("d")) }       // takahashi09 → … → ersstv5
        let text = WorkbenchScreen.render(model, rows: 30, columns: 100).text
        #expect(text.contains("Carbon: ersstv5"))
        #expect(text.contains("sst = ") && text.contains("degC"))
        #expect(text.contains("2010-01-01 (1/128)"))
        model.handle(.character("T"))
        #expect(WorkbenchScreen.render(model, rows: 30, columns: 100).text.contains("2020-08-01 (128/128)"))
    }

    @Test func fieldsAreStoredNorthFirstWithAreaWeightedMeans() {
        let f = LatLonField(name: "x", units: "1", latitudes: [-45, 45], longitudes: [10, -10],
                            values: [1, 2, 3, .nan], timeLabel: "t")
        #expect(f.latitudes == [45, -45] && f.longitudes == [-10, 10])
        #expect(f.values[0].isNaN && f.values[1] == 3 && f.values[2] == 2 && f.values[3] == 1)
        let mean = f.areaMean(rows: 0..<2, columns: 0..<2)!
        #expect(mean.cells == 3 && abs(mean.mean - 2) < 1e-12)   // equal cos weights at ±45°
        #expect(f.finiteRange == 1...3)
    }

    @Test func colourMapsAreOrderedAndDivergingIsCentred() {
        #expect(ColorMap.viridis.xterm256(0) != ColorMap.viridis.xterm256(1))
        let mid = ColorMap.diverging.rgb(0.5)
        #expect(abs(mid.r - mid.g) < 0.01 && abs(mid.g - mid.b) < 0.01)      // white-ish at zero
        let f = LatLonField(name: "flux", units: "g", latitudes: [0], longitudes: [0, 1], values: [-2, 1], timeLabel: "")
        let (range, map) = MapView.scale(f)
        #expect(range == -2...2 && map == .diverging)
        #expect(ColorMap.shade(0) == " " && ColorMap.shade(1) == "█")
    }
}

@Suite struct BudgetChartTests {
    @Test func budgetBarsShowTheLatestYear() throws {
        let model = try ModelFixture.model()
        model.handle(.character("4"))
        model.handle(.character("b"))
        let text = WorkbenchScreen.render(model, rows: 30, columns: 100).text
        #expect(text.contains("fossil emissions, GtC/yr"))
        #expect(text.contains("2022: 10.14 GtC/yr") && text.contains("1959"))   // GCB 2023: fossil 2022 = 10.139 GtC/yr
        #expect(text.unicodeScalars.contains("█"))
        model.handle(.character("v"))
        #expect(WorkbenchScreen.render(model, rows: 30, columns: 100).text.contains("land-use change emissions, GtC/yr"))
    }
}

@Suite struct MoleculeViewTests {
    @Test func nmrEnsembleStepsFramesAndShowsRMSD() throws {
        let model = try ModelFixture.model()
        model.handle(.character("3"))
        let first = WorkbenchScreen.render(model, rows: 36, columns: 110).text
        #expect(first.contains("Molecules: neopetrosiamide-nmr"))
        #expect(first.contains("frame 1/24") && first.contains("392 atoms") && first.contains("RMSD to frame 1: 0.00 Å"))
        #expect(first.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) }, "no structure drawn")
        model.handle(.right)
        model.handle(.right)
        let third = WorkbenchScreen.render(model, rows: 36, columns: 110).text
        #expect(third.contains("frame 3/24") && !third.contains("RMSD to frame 1: 0.00 Å"))
        model.handle(.end)
        #expect(WorkbenchScreen.render(model, rows: 36, columns: 110).text.contains("frame 24/24"))
        model.handle(.character("a"))
        #expect(WorkbenchScreen.render(model, rows: 36, columns: 110).text.contains("all atoms"))
    }
}
