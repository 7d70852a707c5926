import C4SIO
import Foundation

/// The Longhurst biogeochemical province mask FluxEngine ships (`longhurst-provinces-mask.nc`, variable
/// `sea-mask`, 1°): one code per cell, as the file gives it. The file holds codes only, without names or a
/// legend; the mirrored copy has four values, 0 (not in any province of the mask) and 30, 50 and 70 (three
/// provinces, 661, 494 and 439 cells). Its latitude labels 90 … −89 are north edges (see `LatLonCellLayout`).
public struct LonghurstProvinces: Sendable {
    /// The grid, `GlobalLatLonGrid.oneDegree`.
    public let grid: GlobalLatLonGrid
    /// Province code of each cell, row-major, north first; NaN where the file has no value.
    public let codes: [Double]

    /// Reads the mask. - Throws: `NetCDFError` when unreadable, `CarbonDataError.unexpectedShape` when not 180 × 360.
    public init(contentsOf url: URL) throws {
        let file = try NetCDFFile.open(url)
        defer { file.close() }
        let variable = try file.variable("sea-mask")
        grid = .oneDegree
        guard variable.shape.suffix(2) == [grid.rows, grid.columns] else {
            throw CarbonDataError.unexpectedShape(file: url.lastPathComponent, variable: "sea-mask", shape: variable.shape,
                                                  expected: [grid.rows, grid.columns])
        }
        codes = try NetCDFFieldReader.readOriented(file, variable: variable, time: 0, layout: LatLonCellLayout(file: file, variable: variable))
    }

    /// The distinct non-zero codes, ascending, with their cell counts.
    public var provinces: [(code: Int, cells: Int)] {
        var counts: [Int: Int] = [:]
        for c in codes where c.isFinite && c != 0 { counts[Int(c), default: 0] += 1 }
        return counts.keys.sorted().map { ($0, counts[$0]!) }
    }

    /// The cells of one province.
    public func mask(code: Int) -> GridMask {
        GridMask(grid: grid, included: codes.map { $0.isFinite && Int($0) == code })
    }
}
