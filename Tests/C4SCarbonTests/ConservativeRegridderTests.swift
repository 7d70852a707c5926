import C4SCarbon
import C4SCore
import Foundation
import Testing

/// Conservative regridding 1° ↔ 2°, checked against the sphere's exact integrals and a plain block average.
@Suite struct ConservativeRegridderTests {
    let one = GlobalLatLonGrid.oneDegree, two = GlobalLatLonGrid.twoDegree

    func randomField(_ grid: GlobalLatLonGrid, seed: UInt64) -> [Double] {
        var rng = SplitMix64(seed: seed)
        return (0..<grid.cellCount).map { _ in Double(rng.next() % 1_000_000) / 1000 - 200 }
    }

    @Test func globalIntegralIsConservedBothWays() {
        for (source, target) in [(one, two), (two, one)] {
            let field = randomField(source, seed: 7)
            let regridded = ConservativeRegridder(from: source, to: target).regrid(field)
            let before = SphericalCellArea(grid: source).integral(of: field)
            let after = SphericalCellArea(grid: target).integral(of: regridded.values)
            #expect(abs(after / before - 1) < 1e-12, "\(source.rows) → \(target.rows): \(before) vs \(after)")
            #expect(regridded.coveredFraction.allSatisfy { abs($0 - 1) < 1e-12 })
        }
    }

    @Test func oneToTwoDegreesIsTheAreaWeightedBlockMean() {
        let field = randomField(one, seed: 3)
        let areas = SphericalCellArea(grid: one)
        let regridded = ConservativeRegridder(from: one, to: two).regrid(field).values
        for (row, column) in [(0, 0), (44, 90), (89, 179), (20, 7)] {
            var sum = 0.0, weight = 0.0
            for r in 2 * row...(2 * row + 1) {
                for c in 2 * column...(2 * column + 1) {
                    sum += field[r * 360 + c] * areas.area(row: r)
                    weight += areas.area(row: r)
                }
            }
            #expect(abs(regridded[row * 180 + column] - sum / weight) < 1e-12 * abs(sum / weight) + 1e-12)
        }
        // 2° → 1° → 2° gives the 2° field back: each 1° cell lies in one 2° cell.
        let coarse = randomField(two, seed: 11)
        let back = ConservativeRegridder(from: one, to: two).regrid(ConservativeRegridder(from: two, to: one).regrid(coarse).values).values
        #expect(zip(back, coarse).allSatisfy { abs($0 - $1) < 1e-12 * max(1, abs($1)) })
    }

    @Test func constantStaysConstantAndMissingCellsAreLeftOut() {
        var field = [Double](repeating: 3.25, count: one.cellCount)
        for i in stride(from: 0, to: one.cellCount, by: 3) { field[i] = .nan }        // a third of the cells missing
        for c in 0..<4 { field[c] = .nan; field[360 + c] = .nan }                      // one whole 2° cell missing
        let (values, fraction) = ConservativeRegridder(from: one, to: two).regrid(field)
        #expect(values[0].isNaN && fraction[0] == 0)
        #expect(values.dropFirst(2).allSatisfy { $0.isNaN || abs($0 - 3.25) < 1e-13 })
        // Σ value·fraction·area over the target = Σ value·area over the source's finite cells.
        let target = SphericalCellArea(grid: two)
        let covered = (0..<two.cellCount).reduce(0.0) { $0 + (values[$1].isFinite ? values[$1] * fraction[$1] * target.area(row: $1 / 180) : 0) }
        #expect(abs(covered / SphericalCellArea(grid: one).integral(of: field) - 1) < 1e-12)
    }

    @Test func ersstRegridsOntoTheOneDegreeGridWithItsTimeAxis() throws {
        let carbon = SharedMirror.directory(forFileIn: #filePath)!.appendingPathComponent("carbon")
        let months: Set<YearMonth> = [YearMonth(year: 2015, month: 12), YearMonth(year: 2020, month: 8)]
        let sst = try SeaSurfaceTemperatureRecord.read(carbon.appendingPathComponent("ersstv5-2010-2020.nc"), onto: one, months: months)
        #expect(sst.months == months.sorted() && sst.timeValues == [16770, 18475])     // 2015-12-01, 2020-08-01
        let map = sst.maps[0]
        #expect(map[0].isNaN && map[179 * 360].isNaN)                                 // ERSST stops at 89° N/S
        let nino = map[90 * 360 + 20]                                                  // 0.5° S, 159.5° W
        #expect(nino > 28 && nino < 31, "\(nino)")
        #expect(map[(90 - 65) * 360 + 280].isNaN)                                       // 64.5° N, 100.5° E: Siberia, land
    }

    @Test func longhurstMaskHasTheFilesProvinceCodes() throws {
        let carbon = SharedMirror.directory(forFileIn: #filePath)!.appendingPathComponent("carbon")
        let provinces = try LonghurstProvinces(contentsOf: carbon.appendingPathComponent("longhurst-provinces-mask.nc"))
        #expect(provinces.provinces.map(\.code) == [30, 50, 70] && provinces.provinces.map(\.cells) == [661, 494, 439])
        #expect(provinces.mask(code: 50).count == 494)
    }
}
