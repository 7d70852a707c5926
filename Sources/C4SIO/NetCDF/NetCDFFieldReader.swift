import C4SCore
import Foundation

/// Reads 2-D latitude/longitude slices of netCDF variables as `LatLonField`s.
///
/// A mappable variable has a latitude and a longitude dimension as its last two dimensions
/// (names starting with `lat` and `lon`), optionally after a time dimension. Cell centres come from
/// `LatLonCellLayout` (coordinate labels that are cell edges, as in FluxEngine's files, are converted;
/// a file without coordinates, e.g. onedeg_land.nc, is taken as a regular global grid stored north first
/// from 180° W) and the time label says when either happened.
public enum NetCDFFieldReader {
    /// Names of the variables that can be drawn as maps, in file order.
    public static func mappableVariables(in file: NetCDFFile) -> [NetCDFVariable] {
        file.variables.filter { v in
            v.dimensions.count >= 2 && v.dimensions.suffix(2).first!.lowercased().hasPrefix("lat")
                && v.dimensions.last!.lowercased().hasPrefix("lon") && v.dimensions.count <= 3
        }
    }

    /// Number of time steps of a variable (1 when it has no time dimension).
    public static func timeSteps(of variable: NetCDFVariable) -> Int {
        variable.shape.count == 3 ? variable.shape[0] : 1
    }

    /// Reads time step `time` of `variable`, with packing and fill values applied (missing → NaN), rows
    /// north first and columns west first at the cell centres `LatLonCellLayout` finds. Pass `layout` when
    /// reading several variables of one file to read the coordinates once.
    /// - Throws: `NetCDFError` from the reader, or when `time` is out of range.
    public static func read(_ file: NetCDFFile, variable name: String, time: Int, timeLabel: String,
                            layout: LatLonCellLayout? = nil) throws -> LatLonField {
        let v = try file.variable(name)
        let layout = try layout ?? LatLonCellLayout(file: file, variable: v)
        let values = try readOriented(file, variable: v, time: time, layout: layout)
        var units = v.units ?? "1"
        if v.units == nil, case .text(let text)? = v.attribute("units_nonstandard") { units = text }
        return LatLonField(name: name, units: units, latitudes: layout.latitudes, longitudes: layout.longitudes,
                           values: values, timeLabel: layout.note.map { "\(timeLabel) (\($0))" } ?? timeLabel)
    }

    /// The values of time step `time` of `variable`, north first and west first as `layout` orders them.
    /// - Precondition: `layout` was made for a variable on the same latitude and longitude dimensions.
    /// - Throws: `NetCDFError` from the reader, or when `time` is out of range.
    public static func readOriented(_ file: NetCDFFile, variable v: NetCDFVariable, time: Int,
                                    layout: LatLonCellLayout) throws -> [Double] {
        let (ny, nx) = (v.shape[v.shape.count - 2], v.shape[v.shape.count - 1])
        let start = v.shape.count == 3 ? [time, 0, 0] : [0, 0]
        let count = v.shape.count == 3 ? [1, ny, nx] : [ny, nx]
        return layout.oriented(try file.readSlice(v.name, start: start, count: count).values)
    }
}
