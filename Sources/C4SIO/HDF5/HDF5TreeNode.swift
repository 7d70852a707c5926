/// One object of an HDF5 file as `HDF5Tree` describes it: a group, a dataset, or something else
/// (soft or external link, named datatype, unreadable object), with attribute summaries.
public struct HDF5TreeNode: Sendable {
    /// What the object is.
    public enum Kind: Sendable, Equatable {
        /// A group; its members are `children`.
        case group
        /// A dataset with its `shape` (`[]` scalar), element `type` (as `HDF5Dataset.elementTypeDescription`),
        /// chunk shape when chunked, and filters when compressed or filtered (e.g. `"deflate(4)"`,
        /// `"shuffle+deflate(2)"`).
        case dataset(shape: [Int], type: String, chunks: [Int]?, compression: String?)
        /// Anything else; `note` says what (e.g. `"soft link -> /a/b"`, `"named datatype float64"`).
        case other
    }

    /// The link name (`"/"` for the root).
    public let name: String
    /// The absolute path, e.g. `"/particles/trajectory/position/value"`.
    public let path: String
    /// What the object is.
    public let kind: Kind
    /// Attribute names, sorted, with a one-line summary of each value (at most about 60
    /// characters, e.g. `"nm"` quoted, `[1, 1]`, or `<{3} vlen of object reference>` for types
    /// that are not shown as values).
    public let attributes: [(name: String, summary: String)]
    /// Members of a group, sorted by name; empty for other kinds and for a group already listed
    /// under another path.
    public let children: [HDF5TreeNode]
    /// Extra information: `"hard link to /first/path"` when the object was already listed, what an
    /// `.other` object is, or why it could not be read; nil otherwise.
    public let note: String?

    /// The node at absolute `path` in this subtree (this node itself when the paths match), or nil.
    public func node(at path: String) -> HDF5TreeNode? {
        if self.path == path { return self }
        for child in children where path == child.path || path.hasPrefix(child.path == "/" ? "/" : child.path + "/") {
            if let found = child.node(at: path) { return found }
        }
        return nil
    }
}
