import CBLAS
import CFFTW
import CHDF5
import CNcursesW
import CNetCDF

/// The C libraries the workbench is linked against, with the versions they report at run time.
public enum LinkedLibraries {
    /// One library and its version text.
    public struct Entry: Sendable, Equatable {
        /// Library name (e.g. "HDF5").
        public let name: String
        /// Version as the library reports it.
        public let version: String
    }

    /// HDF5, netCDF, FFTW, OpenBLAS and ncursesw, in that order.
    public static func versions() -> [Entry] {
        var major: UInt32 = 0, minor: UInt32 = 0, release: UInt32 = 0
        _ = H5get_libversion(&major, &minor, &release)
        return [
            Entry(name: "HDF5", version: "\(major).\(minor).\(release)"),
            Entry(name: "netCDF", version: String(cString: nc_inq_libvers()).split(separator: " ").first.map(String.init) ?? "?"),
            Entry(name: "FFTW", version: String(cString: c4s_fftw_version())),
            Entry(name: "OpenBLAS", version: String(cString: openblas_get_config())),
            Entry(name: "ncursesw", version: String(cString: curses_version())),
        ]
    }
}
