import CHDF5
import CNetCDF

/// The one process-wide lock around libnetcdf.
///
/// libnetcdf is not thread-safe: it keeps global tables of open files, and for netCDF-4 files it calls
/// Debian's serial (non-thread-safe) HDF5 build, the same shared library the HDF5 store uses. Every call
/// into libnetcdf made by this module therefore happens inside `withLock`, which takes the HDF5 lock
/// (`HDF5Library.serialized`): netCDF calls, HDF5 calls and netCDF-4 reads on different threads or tasks
/// all take turns. Keep the work done under the lock to C calls and copies; unpacking and formatting
/// happen outside it.
///
/// Debian's HDF5 is built thread-safe, which makes its automatic error printing a per-thread setting:
/// libnetcdf turns it off only on the thread that first opened a netCDF-4 file, and netCDF 4.9 probes for
/// absent attributes (`_QuantizeBitGroomNumberOfSignificantDigits`, …) on every netCDF-4 open. `withLock`
/// therefore turns it off on the calling thread each time, so reads from other threads print no spurious
/// HDF5 error stacks to stderr; netCDF errors reach callers as `NetCDFError`s.
enum NetCDFLibrary {
    /// Runs `body` while holding the process-wide lock shared with HDF5 (recursive), with HDF5's automatic
    /// error printing off on the current thread.
    static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        try HDF5Library.serialized {
            _ = H5Eset_auto2(c4s_H5E_DEFAULT(), nil, nil)
            return try body()
        }
    }

    /// The text libnetcdf gives for a status code (`nc_strerror`).
    static func errorText(_ status: Int32) -> String {
        String(cString: nc_strerror(status))
    }

    /// The longest name libnetcdf returns, plus the terminating NUL.
    static var nameBufferSize: Int { Int(c4s_NC_MAX_NAME()) + 1 }

    /// Calls `fill` with a zeroed buffer big enough for any netCDF name and decodes the result as UTF-8.
    static func name(_ fill: (UnsafeMutablePointer<CChar>) -> Int32) -> (status: Int32, name: String) {
        var buffer = [CChar](repeating: 0, count: nameBufferSize)
        let status = buffer.withUnsafeMutableBufferPointer { fill($0.baseAddress!) }
        let bytes = buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
        return (status, String(decoding: bytes, as: UTF8.self))
    }

    /// Throws a `NetCDFError` naming `path` and `action` unless `status` is `NC_NOERR`.
    static func check(_ path: String, _ status: Int32, _ action: @autoclosure () -> String) throws {
        if status != NC_NOERR { throw NetCDFError.library(status, action(), path: path) }
    }
}
