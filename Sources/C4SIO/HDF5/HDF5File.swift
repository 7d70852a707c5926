import CHDF5
import Foundation

/// An open HDF5 file and its root group.
///
/// All HDF5 calls of this module are serialized through one process-wide lock (see
/// `HDF5Library`), so files may be used from any thread, but calls never overlap. `close()` closes
/// the file and every group and dataset opened from it; without it, the file closes once the
/// `HDF5File` and all its groups and datasets have been released.
public final class HDF5File {
    let handle: HDF5FileHandle

    /// The file's location on disk.
    public let url: URL

    /// The root group `/`.
    public let root: HDF5Group

    private init(handle: HDF5FileHandle, url: URL) throws {
        self.handle = handle
        self.url = url
        self.root = try HDF5Library.serialized {
            let groupID = H5Gopen2(handle.id, "/", c4s_H5P_DEFAULT())
            guard groupID >= 0 else { throw HDF5ErrorStack.error("open root group", path: url.path) }
            return HDF5Group(file: handle, id: groupID, path: "/")
        }
    }

    /// Creates a new, empty HDF5 file at `url`, truncating any file already there.
    public static func create(at url: URL) throws -> HDF5File {
        try create(at: url, exclusive: false)
    }

    /// Creates a new, empty HDF5 file; with `exclusive`, fails if a file already exists at `url`.
    static func create(at url: URL, exclusive: Bool) throws -> HDF5File {
        let flags = exclusive ? c4s_H5F_ACC_EXCL() : c4s_H5F_ACC_TRUNC()
        let id = try HDF5FileLockRetry.run("create file", path: url.path) {
            H5Fcreate(url.path, flags, c4s_H5P_DEFAULT(), c4s_H5P_DEFAULT())
        }
        return try HDF5File(handle: HDF5FileHandle(id: id, filePath: url.path), url: url)
    }

    /// Opens an existing HDF5 file (or netCDF-4 file, which is HDF5) read-only, or read-write when
    /// `writable` is true. Throws `HDF5Error` naming the file when it is missing or not HDF5, or
    /// when another program keeps it locked (for writing) for more than a few seconds.
    public static func open(at url: URL, writable: Bool = false) throws -> HDF5File {
        let operation = writable ? "open file for writing" : "open file"
        let id = try HDF5FileLockRetry.run(operation, path: url.path) {
            H5Fopen(url.path, writable ? c4s_H5F_ACC_RDWR() : c4s_H5F_ACC_RDONLY(), c4s_H5P_DEFAULT())
        }
        return try HDF5File(handle: HDF5FileHandle(id: id, filePath: url.path), url: url)
    }

    /// Writes all buffered data and metadata of the file to disk (not an `fsync`).
    public func flush() throws {
        try handle.requireOpen("flush file", "/")
        try HDF5Library.serialized {
            if H5Fflush(handle.id, H5F_SCOPE_GLOBAL) < 0 {
                throw HDF5ErrorStack.error("flush file", path: url.path)
            }
        }
    }

    /// Closes the file and every group and dataset still open in it; later calls on them throw.
    /// Closing twice does nothing.
    public func close() throws {
        try handle.close()
    }
}
