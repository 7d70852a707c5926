import Foundation

/// A read-only description of a whole HDF5 (or netCDF-4) file, like `h5ls -r -v`: every group,
/// dataset and link with shapes, types, chunking, filters and attribute summaries, for
/// `c4s inspect`. Objects reachable through several hard links are described once, at their first
/// path in name order.
public struct HDF5Tree: Sendable {
    /// The file that was read.
    public let url: URL
    /// The root group `/` and, below it, everything in the file.
    public let root: HDF5TreeNode

    /// Reads the structure of the file at `url` (metadata only; dataset values are not read).
    /// Throws `HDF5Error` if the file cannot be opened; objects or attributes that cannot be read
    /// are described as such instead of failing.
    public static func read(from url: URL) throws -> HDF5Tree {
        let file = try HDF5File.open(at: url)
        defer { try? file.close() }
        let root = HDF5Library.serialized {
            var reader = HDF5TreeReader(file: file.handle)
            return reader.describeRoot(groupID: file.root.id)
        }
        return HDF5Tree(url: url, root: root)
    }

    /// The node at absolute `path` (e.g. `"/particles"`), or nil.
    public func node(at path: String) -> HDF5TreeNode? {
        root.node(at: path)
    }
}
