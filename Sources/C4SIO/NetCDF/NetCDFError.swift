import Foundation

/// An error reading a netCDF file: the message names the file, the variable or attribute concerned,
/// and, when libnetcdf reported the failure, its `nc_strerror` text and status code.
public struct NetCDFError: Error, CustomStringConvertible, Sendable {
    /// The full message, e.g. `/data/x.txt: opening the file: NetCDF: Unknown file format (netCDF status -51)`.
    public let message: String
    /// The libnetcdf status code (negative `NC_E…` values, or a positive `errno`), or nil when this module
    /// detected the problem itself (unknown variable, bad slice, non-numeric type).
    public let status: Int32?

    /// The message.
    public var description: String { message }

    /// An error libnetcdf reported while doing `action` (e.g. "reading variable 'sst'") on `path`.
    static func library(_ status: Int32, _ action: String, path: String) -> NetCDFError {
        NetCDFError(
            message: "\(path): \(action): \(NetCDFLibrary.errorText(status)) (netCDF status \(status))",
            status: status)
    }

    /// A problem this module detected in `path` (the message says what, and what is valid instead).
    static func usage(_ problem: String, path: String) -> NetCDFError {
        NetCDFError(message: "\(path): \(problem)", status: nil)
    }
}
