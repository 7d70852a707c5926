import C4SCore
import Foundation

/// Reads 2-D latitude/longitude slices of netCDF variables as `LatLonField`s.
///
/// A mappable variable has a latitude and a longitude dimension as its last two dimensions
/// (names starting with `lat` and `lon`), optionally after a time dimension. Coordinates come
/// from the coordinate variables of those dimensions; when a file has none (e.g. onedeg_land.nc)
/// a regular global grid stored north-first from 180° W is assumed (FluxEngine's layout, checked
/// against its land mask) and the time label says so.
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

    /// Reads time step `time` of `variable`, with packing and fill values applied (missing → NaN).
    /// - Throws: `NetCDFError` from the reader, or when `time` is out of range.
    public static func read(_ file: NetCDFFile, variable name: String, time: Int, timeLabel: String) throws -> LatLonField {
        let v = try file.variable(name)
        let (ny, nx) = (v.shape[v.shape.count - 2], v.shape[v.shape.count - 1])
        let start = v.shape.count == 3 ? [time, 0, 0] : [0, 0]
        let count = v.shape.count == 3 ? [1, ny, nx] : [ny, nx]
        let values = try file.readSlice(name, start: start, count: count).values
        var label = timeLabel
        func coordinate(_ dim: String, _ n: Int, from: Double, step: Double) -> [Double] {
            if file.variables.contains(where: { $0.name == dim }), let c = try? file.readDoubles(dim).values, c.count == n,
               c.allSatisfy(\.isFinite) {
                return c
            }
            label = timeLabel + " (coordinates assumed: regular global grid)"
            return (0..<n).map { from + step * (Double($0) + 0.5) }
        }
        let lat = coordinate(v.dimensions[v.dimensions.count - 2], ny, from: 90, step: -180 / Double(ny))
        let lon = coordinate(v.dimensions[v.dimensions.count - 1], nx, from: -180, step: 360 / Double(nx))
        var units = v.units ?? "1"
        if v.units == nil, case .text(let text)? = v.attribute("units_nonstandard") { units = text }
        return LatLonField(name: name, units: units,
                           latitudes: lat, longitudes: lon, values: values, timeLabel: label)
    }
}
