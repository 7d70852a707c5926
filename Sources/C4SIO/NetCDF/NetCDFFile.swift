import CNetCDF
import Foundation

/// A netCDF file open for reading: classic, 64-bit offset, CDF5, netCDF-4 (HDF5-based, with groups) or
/// netCDF-4 classic model.
///
/// Opening reads all metadata (dimensions, variables, attributes, groups); values are read on demand,
/// converted to `Double` (or `Float`), with missing values replaced by NaN and packed values unpacked (see
/// `readDoubles`). The file stays open until `close()` or deinitialization.
///
/// Thread safety: libnetcdf is not thread-safe, so every call into it, from any `NetCDFFile`, is serialized
/// by one process-wide lock. A `NetCDFFile` may be shared between tasks; concurrent reads take turns.
public final class NetCDFFile: @unchecked Sendable {
    /// The file's location.
    public let url: URL
    /// The on-disk format as `ncdump -k` names it: `classic`, `64-bit offset`, `cdf5`, `netCDF-4`,
    /// `netCDF-4 classic model`.
    public let format: String
    /// The root group: the file's dimensions, variables, global attributes and nested groups.
    public let rootGroup: NetCDFGroup

    /// The netCDF id while the file is open; read and written only under the netCDF lock.
    private var ncid: Int32?

    /// The dimensions of the root group, in definition order.
    public var dimensions: [NetCDFDimension] { rootGroup.dimensions }
    /// The variables of the root group, in definition order (variables in nested groups are in `groups`).
    public var variables: [NetCDFVariable] { rootGroup.variables }
    /// The file's global attributes (those of the root group).
    public var globalAttributes: [NetCDFAttribute] { rootGroup.attributes }
    /// The groups directly inside the root group (netCDF-4 only; empty otherwise).
    public var groups: [NetCDFGroup] { rootGroup.groups }

    private init(url: URL, format: String, rootGroup: NetCDFGroup, ncid: Int32) {
        self.url = url
        self.format = format
        self.rootGroup = rootGroup
        self.ncid = ncid
    }

    deinit { close() }

    /// Opens the netCDF file at the file URL `url` read-only and reads its metadata.
    /// Throws a `NetCDFError` naming the file when it does not exist, is not a netCDF file, or its
    /// metadata cannot be read.
    public static func open(_ url: URL) throws -> NetCDFFile {
        let path = url.path
        return try NetCDFLibrary.withLock {
            var ncid: Int32 = 0
            try NetCDFLibrary.check(path, nc_open(path, c4s_NC_NOWRITE(), &ncid), "opening the file")
            do {
                var formatCode: Int32 = 0
                try NetCDFLibrary.check(path, nc_inq_format(ncid, &formatCode), "reading the format")
                let root = try NetCDFMetadataReader(path: path).group(id: ncid, name: "/", path: "/")
                return NetCDFFile(url: url, format: formatName(formatCode), rootGroup: root, ncid: ncid)
            } catch {
                _ = nc_close(ncid)
                throw error
            }
        }
    }

    /// Closes the file; later reads throw. Closing twice does nothing. A file opened read-only has nothing
    /// to flush, so closing cannot lose data and reports no error.
    public func close() {
        NetCDFLibrary.withLock {
            if let id = ncid { _ = nc_close(id) }
            ncid = nil
        }
    }

    /// The variable called `name`: a root-group name (`sst`) or a group path (`forecast/sst`, with or
    /// without a leading `/`). Throws a `NetCDFError` listing every valid name when there is none.
    public func variable(_ name: String) throws -> NetCDFVariable {
        var components = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if components.first == "", components.count > 1 { components.removeFirst() }
        let variableName = components.removeLast()
        var group: NetCDFGroup? = rootGroup
        for component in components { group = group?.groups.first { $0.name == component } }
        if let found = group?.variables.first(where: { $0.name == variableName }) { return found }
        let valid = rootGroup.allVariables.map(\.pathName)
        throw NetCDFError.usage(
            "no variable named '\(name)'; valid names: \(valid.isEmpty ? "(none)" : valid.joined(separator: ", "))",
            path: url.path)
    }

    /// All values of the numeric variable `name` (see `variable(_:)` for names) as doubles in C order
    /// (last dimension fastest), with `shape` equal to the variable's shape (`[]` for a scalar).
    ///
    /// Missing values become NaN and packed values are unpacked, following the netCDF Users Guide
    /// conventions as netCDF4-python applies them: raw values equal to `_FillValue` (or, without one, the
    /// type's default fill value, except for byte and ubyte), equal to any `missing_value`, or outside
    /// `valid_min`/`valid_max`/`valid_range` are NaN; the rest become `raw * scale_factor + add_offset`
    /// (-127 in a byte variable without `_FillValue` stays a value, unlike in netCDF4-python). Attributes
    /// that the variable's type cannot hold exactly (valid_min = 1.5 on an int) are ignored, as there.
    /// Units are those of the variable's `units` attribute. Throws for an unknown name, a non-numeric
    /// variable (char, string, user-defined types), malformed packing attributes, a closed file, or a
    /// libnetcdf read error.
    public func readDoubles(_ name: String) throws -> (values: [Double], shape: [Int]) {
        let shape = try variable(name).shape
        return try readSlice(name, start: shape.map { _ in 0 }, count: shape)
    }

    /// `readDoubles` rounded to `Float` (32-bit) after masking and unpacking in double precision.
    public func readFloats(_ name: String) throws -> (values: [Float], shape: [Int]) {
        let (values, shape) = try readDoubles(name)
        return (values.map(Float.init), shape)
    }

    /// The hyperslab of `name` that starts at index `start` and spans `count` elements along each
    /// dimension, in C order, masked and unpacked as `readDoubles` describes; `shape == count`.
    /// Preconditions (checked, thrown as `NetCDFError`): `start` and `count` have one entry per dimension,
    /// all entries are >= 0 and `start[i] + count[i] <= shape[i]`.
    public func readSlice(_ name: String, start: [Int], count: [Int]) throws -> (values: [Double], shape: [Int]) {
        let variable = try variable(name)
        guard let type = NetCDFPrimitiveType(rawValue: variable.type), type.isNumeric else {
            throw NetCDFError.usage(
                "variable '\(variable.pathName)' has type \(variable.type), which cannot be read as numbers",
                path: url.path)
        }
        try NetCDFSlice.validate(start: start, count: count, of: variable, path: url.path)
        let unpacking = try NetCDFUnpacking(variable: variable, type: type, path: url.path)
        var values = [Double](repeating: 0, count: count.reduce(1, *))
        if !values.isEmpty {
            try NetCDFLibrary.withLock {
                guard ncid != nil else {
                    throw NetCDFError.usage("reading variable '\(variable.pathName)' after close()", path: url.path)
                }
                try NetCDFLibrary.check(
                    url.path, nc_get_vara_double(variable.groupID, variable.variableID, start, count, &values),
                    "reading variable '\(variable.pathName)'")
            }
        }
        unpacking.apply(to: &values)
        return (values, count)
    }

    private static func formatName(_ code: Int32) -> String {
        switch code {
        case NC_FORMAT_CLASSIC: "classic"
        case NC_FORMAT_64BIT_OFFSET: "64-bit offset"
        case NC_FORMAT_64BIT_DATA: "cdf5"
        case NC_FORMAT_NETCDF4: "netCDF-4"
        case NC_FORMAT_NETCDF4_CLASSIC: "netCDF-4 classic model"
        default: "unrecognized format \(code)"
        }
    }
}
