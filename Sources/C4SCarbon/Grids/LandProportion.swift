import C4SIO
import Foundation

/// The 1° land mask FluxEngine ships (`onedeg_land.nc`, variable `land_proportion`, 0 = water … 1 = land).
///
/// The file has no coordinate variables. Its rows are stored north first and its columns west first
/// from 180° W, the same order as the Takahashi files (97.6% of the climatology's ocean cells have land
/// proportion < 0.5 in that order, 66% with the rows flipped), so it is read as stored, not through
/// `NetCDFFieldReader`, which assumes south-first rows for files without coordinates.
public enum LandProportion {
    /// Reads the land proportion, row-major, north first, on `GlobalLatLonGrid.oneDegree`.
    /// - Throws: `NetCDFError` when unreadable; `CarbonDataError.unexpectedShape` when not 180 × 360.
    public static func read(_ url: URL) throws -> [Double] {
        let file = try NetCDFFile.open(url)
        defer { file.close() }
        let (values, shape) = try file.readDoubles("land_proportion")
        let grid = GlobalLatLonGrid.oneDegree
        guard shape.suffix(2) == [grid.rows, grid.columns], values.count == grid.cellCount else {
            throw CarbonDataError.unexpectedShape(file: url.lastPathComponent, variable: "land_proportion",
                                                  shape: shape, expected: [grid.rows, grid.columns])
        }
        return values
    }
}
