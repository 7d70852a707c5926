import C4SIO
import Foundation

/// A gridded monthly SST record (ERSST v5: 2°, 89 rows centred 88° N … 88° S, columns centred 0 … 358° E)
/// regridded conservatively onto a global grid, with its CF time axis.
public enum SeaSurfaceTemperatureRecord {
    /// Reads variable `sst` of every month (or of `months` when given) and regrids each to `grid`.
    /// Cells outside the record's latitudes (the polar rows of a 1° grid) and land are NaN.
    /// - Throws: `NetCDFError` or `CFTimeAxisError` naming the file.
    public static func read(_ url: URL, onto grid: GlobalLatLonGrid, months wanted: Set<YearMonth>? = nil) throws -> MonthlyFieldSeries {
        let file = try NetCDFFile.open(url)
        defer { file.close() }
        let variable = try file.variable("sst")
        let layout = try LatLonCellLayout(file: file, variable: variable)
        let axis = try CFTimeAxis(file: file, dimension: variable.dimensions[0])
        let regridder = ConservativeRegridder(
            sourceLatitudeEdges: edges(centres: layout.latitudes), sourceLongitudeEdges: edges(centres: layout.longitudes),
            targetLatitudeEdges: grid.latitudeEdges, targetLongitudeEdges: grid.longitudeEdges)
        var months: [YearMonth] = [], maps: [[Double]] = []
        for (step, ym) in axis.yearMonths.enumerated() {
            let month = YearMonth(year: ym.year, month: ym.month)
            guard wanted?.contains(month) ?? true else { continue }
            let values = try NetCDFFieldReader.readOriented(file, variable: variable, time: step, layout: layout)
            months.append(month)
            maps.append(regridder.regrid(values).values)
        }
        return MonthlyFieldSeries(name: "sst", units: "degC", grid: grid, months: months, maps: maps)
    }

    /// Cell edges of evenly spaced centres (ascending or descending): midpoints, and half a step beyond
    /// each end.
    static func edges(centres: [Double]) -> [Double] {
        let step = centres.count > 1 ? centres[1] - centres[0] : 1
        return [centres[0] - step / 2] + centres.map { $0 + step / 2 }
    }
}
