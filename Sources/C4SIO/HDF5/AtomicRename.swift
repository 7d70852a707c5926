import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The POSIX steps that make a finished temporary file durable and put it in place atomically.
enum AtomicRename {
    /// `fsync`s the file at `url`, so its bytes are on disk before it is renamed into place.
    static func synchronize(_ url: URL) throws {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { throw failure("open for fsync", url) }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw failure("fsync", url) }
    }

    /// Renames `source` over `destination` (atomic within one file system), then `fsync`s the
    /// folder so the new name is durable (best effort: some file systems refuse a folder fsync).
    static func rename(_ source: URL, over destination: URL) throws {
        guard Foundation.rename(source.path, destination.path) == 0 else {
            throw failure("rename \(source.lastPathComponent) to", destination)
        }
        let folder = open(destination.deletingLastPathComponent().path, O_RDONLY)
        if folder >= 0 {
            _ = fsync(folder)
            close(folder)
        }
    }

    /// An error naming the system call's failure (`errno`).
    private static func failure(_ operation: String, _ url: URL) -> HDF5Error {
        HDF5Error(operation: operation, path: url.path, reason: String(cString: strerror(errno)), stack: "")
    }
}
