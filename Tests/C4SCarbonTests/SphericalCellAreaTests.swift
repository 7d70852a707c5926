import C4SCarbon
import Foundation
import Testing

@Suite struct SphericalCellAreaTests {
    let r = SphericalCellArea.earthRadius

    @Test(arguments: [(180, 360), (90, 180), (7, 13)])
    func cellsSumToTheSphere(rows: Int, columns: Int) {
        let areas = SphericalCellArea(grid: GlobalLatLonGrid(rows: rows, columns: columns))
        #expect(abs(areas.total / (4 * .pi * r * r) - 1) < 1e-12)
    }

    @Test func oneDegreeCellsFollowTheExactFormula() {
        let grid = GlobalLatLonGrid.oneDegree
        let areas = SphericalCellArea(grid: grid)
        let degree = Double.pi / 180
        // Row 90 spans the equator … 1° S: R²·Δλ·(sin 0 − sin(−1°)).
        #expect(grid.northEdge(row: 90) == 0 && grid.centreLatitude(row: 90) == -0.5 && grid.southEdge(row: 90) == -1)
        #expect(abs(areas.area(row: 90) / (r * r * degree * sin(degree)) - 1) < 1e-12)
        #expect(grid.centreLongitude(column: 0) == -179.5 && grid.centreLongitude(column: 359) == 179.5)
        // Polar cells are much smaller than equatorial ones and the grid is symmetric.
        #expect(areas.area(row: 0) < areas.area(row: 89) / 100)
        #expect(abs(areas.area(row: 0) - areas.area(row: 179)) < 1e-6 * areas.area(row: 0))
    }

    @Test func tropicalBandIsHalfTheSphereAndIntegralsRespectMasks() {
        let grid = GlobalLatLonGrid.oneDegree
        let areas = SphericalCellArea(grid: grid)
        let tropics = GridMask.latitudeBand(-30...30, grid: grid)
        #expect(tropics.count == 60 * 360)
        let ones = [Double](repeating: 1, count: grid.cellCount)
        // sin 30° − sin(−30°) = 1, half of the 2 a full sphere has.
        #expect(abs(areas.integral(of: ones, mask: tropics) / areas.total - 0.5) < 1e-12)
        var withGaps = ones
        withGaps[0] = .nan
        withGaps[grid.cellCount - 1] = 3
        let expected = areas.total - areas.area(row: 0) + 2 * areas.area(row: 179)
        #expect(abs(areas.integral(of: withGaps) / expected - 1) < 1e-12)
        #expect(areas.mean(of: withGaps, mask: tropics) == 1)
        #expect(areas.mean(of: withGaps, mask: GridMask(grid: grid, included: [true] + [Bool](repeating: false, count: grid.cellCount - 1))) == nil)
        let northOnly = GridMask.latitudeBand(0...90, grid: grid).intersection(tropics)
        #expect(northOnly.count == 30 * 360)
    }
}
