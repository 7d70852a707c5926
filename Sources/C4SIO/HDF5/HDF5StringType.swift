import CHDF5
import Foundation

/// The string datatypes this module writes and reads.
enum HDF5StringType {
    /// A new variable-length C string type with character set `cset` (UTF-8 unless told).
    /// The caller closes it. Call inside `HDF5Library.serialized`.
    static func variableLength(cset: H5T_cset_t = H5T_CSET_UTF8) -> hid_t {
        let type = H5Tcopy(c4s_H5T_C_S1())
        _ = H5Tset_size(type, c4s_H5T_VARIABLE())
        _ = H5Tset_cset(type, cset)
        return type
    }

    /// Runs `body` with a C array of NUL-terminated copies of `strings` (a string stops at its first
    /// NUL character), freeing the copies afterwards.
    static func withCStringArray<T>(_ strings: [String],
                                    _ body: (UnsafeRawPointer?) throws -> T) rethrows -> T {
        let copies: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        return try copies.withUnsafeBytes { try body($0.baseAddress) }
    }
}
