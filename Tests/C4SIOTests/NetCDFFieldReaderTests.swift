import C4SCore
import C4SIO
import Foundation
import Testing

@Suite struct NetCDFFieldReaderTests {
    static let mirror = SharedMirror.directory(forFileIn: #filePath)!

    func field(_ path: String, _ variable: String) throws -> LatLonField {
        let file = try NetCDFFile.open(Self.mirror.appendingPathComponent(path))
        return try NetCDFFieldReader.read(file, variable: variable, time: 0, timeLabel: "t")
    }

    func value(_ f: LatLonField, lat: Double, lon: Double) -> Double {
        let r = f.latitudes.enumerated().min { abs($0.element - lat) < abs($1.element - lat) }!.offset
        let c = f.longitudes.enumerated().min { abs($0.element - lon) < abs($1.element - lon) }!.offset
        return f.value(row: r, column: c)
    }

    @Test func landMaskWithoutCoordinatesIsNorthFirst() throws {
        let land = try field("carbon/onedeg_land.nc", "land_proportion")
        #expect(land.timeLabel.contains("coordinates assumed"))
        #expect(value(land, lat: 65.5, lon: 100.5) > 0.99)      // central Siberia
        #expect(value(land, lat: -75.5, lon: 0.5) > 0.99)       // Antarctica
        #expect(value(land, lat: -55.5, lon: -140.5) < 0.01)    // Southern Ocean
        #expect(value(land, lat: 0.5, lon: -150.5) < 0.01)      // equatorial Pacific
    }

    @Test func takahashiMapHasOceanValuesAndLandGaps() throws {
        let p = try field("carbon/takahashi09/takahashi09-month01.nc", "pCO2_sw")
        #expect(p.rows == 180 && p.columns == 360 && p.units == "uatm (micro atmospheres)")
        #expect(value(p, lat: 65, lon: 100).isNaN)              // Siberia: no ocean value
        let pacific = value(p, lat: 0, lon: -150)
        #expect(pacific > 300 && pacific < 500)                 // equatorial Pacific outgassing, ~400 µatm
    }

    @Test func takahashiEdgeLabelsBecomeCellCentres() throws {
        // The file labels rows 90 … −89 and columns −180 … 179 (north-west corners; southernmost_latitude = −90).
        let p = try field("carbon/takahashi09/takahashi09-month01.nc", "pCO2_sw")
        #expect(p.latitudes.first == 89.5 && p.latitudes.last == -89.5)
        #expect(p.longitudes.first == -179.5 && p.longitudes.last == 179.5)
        let file = try NetCDFFile.open(Self.mirror.appendingPathComponent("carbon/takahashi09/takahashi09-month01.nc"))
        #expect(try LatLonCellLayout(file: file, variable: file.variable("pCO2_sw")).labelsAreEdges)
    }

    @Test func centreLabelledFilesKeepTheirLabels() throws {
        let socat = try field("carbon/socat2010/20100101_OCF-CO2-GLO-1M-KRG-CLIM.nc", "fCO2_2010_interpolated_pred")
        #expect(socat.latitudes.first == 89.5 && socat.longitudes.first == -179.5 && socat.timeLabel == "t")
        let ersst = try field("carbon/ersstv5-2010-2020.nc", "sst")       // coordinate_defines = "center"
        #expect(ersst.latitudes.first == 88 && ersst.latitudes.last == -88 && ersst.longitudes.first == 0)
        #expect(ersst.timeLabel == "t")
    }
}
