import Foundation

extension HDF5File {
    /// Writes an HDF5 file so that `url` holds either its old contents or the complete new file,
    /// never a partial one.
    ///
    /// `body` writes into a temporary file in the same folder (`.NAME.tmp-<random>`). On success the
    /// file is flushed, closed, `fsync`ed and renamed over `url` (and the folder is `fsync`ed). If
    /// anything throws, the temporary file is removed, an existing file at `url` is untouched, and
    /// the error is rethrown. With `.replace` the temporary file starts empty; with `.update` it
    /// starts as a copy of the existing file at `url` (empty if there is none), so groups can be
    /// added to an existing file. `body` must neither close the `HDF5File` nor keep it beyond its
    /// return.
    public static func writeAtomically(to url: URL, mode: HDF5AtomicMode = .replace,
                                       _ body: (HDF5File) throws -> Void) throws {
        let folder = url.deletingLastPathComponent()
        let suffix = String(UInt64.random(in: 0...UInt64.max), radix: 16)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).tmp-\(suffix)")
        let manager = FileManager.default
        do {
            let file: HDF5File
            if mode == .update, manager.fileExists(atPath: url.path) {
                do {
                    try manager.copyItem(at: url, to: temporary)
                } catch {
                    throw HDF5Error(operation: "copy the existing file for an update", path: url.path,
                                    reason: error.localizedDescription, stack: "")
                }
                file = try open(at: temporary, writable: true)
            } else {
                file = try create(at: temporary, exclusive: true)
            }
            do {
                try body(file)
                try file.flush()
                try file.close()
            } catch {
                try? file.close()
                throw error
            }
            try AtomicRename.synchronize(temporary)
            try AtomicRename.rename(temporary, over: url)
        } catch {
            try? manager.removeItem(at: temporary)
            throw error
        }
    }
}
