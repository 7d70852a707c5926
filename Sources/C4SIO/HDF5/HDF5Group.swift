import CHDF5

/// An open HDF5 group: a folder of named groups and datasets, with attributes.
///
/// Names passed to its methods are relative to this group and may contain `/` (`"a/b/c"`); names
/// starting with `/` are absolute within the file. The group keeps its file open; it closes its
/// own identifier in `deinit`. All calls go through the module's process-wide HDF5 lock.
public final class HDF5Group {
    let file: HDF5FileHandle
    let id: hid_t

    /// The group's absolute path inside the file, e.g. `"/"` or `"/results/run1"`.
    public let path: String

    init(file: HDF5FileHandle, id: hid_t, path: String) {
        self.file = file
        self.id = id
        self.path = path
    }

    deinit {
        HDF5Library.serialized {
            if file.isOpen { _ = H5Gclose(id) }
        }
    }

    /// The absolute path of a child given by a relative (or absolute) name.
    func childPath(_ name: String) -> String {
        let trimmed = name.hasSuffix("/") && name.count > 1 ? String(name.dropLast()) : name
        if trimmed.hasPrefix("/") { return trimmed }
        return path == "/" ? "/" + trimmed : path + "/" + trimmed
    }

    /// A new link-creation property list that creates missing intermediate groups and marks link
    /// names as UTF-8. The caller closes it. Call inside `HDF5Library.serialized`.
    static func linkCreationPropertyList() -> hid_t {
        let lcpl = H5Pcreate(c4s_H5P_LINK_CREATE())
        _ = H5Pset_create_intermediate_group(lcpl, 1)
        _ = H5Pset_char_encoding(lcpl, H5T_CSET_UTF8)
        return lcpl
    }

    /// Creates a new group `name` (nested names such as `"a/b/c"` create the missing intermediate
    /// groups) and returns it. Throws if something already exists under that name.
    @discardableResult
    public func createGroup(_ name: String) throws -> HDF5Group {
        let childPath = childPath(name)
        try file.requireOpen("create group", childPath)
        return try HDF5Library.serialized {
            let lcpl = HDF5Group.linkCreationPropertyList()
            defer { H5Pclose(lcpl) }
            let groupID = H5Gcreate2(id, name, lcpl, c4s_H5P_DEFAULT(), c4s_H5P_DEFAULT())
            guard groupID >= 0 else { throw HDF5ErrorStack.error("create group", path: file.location(childPath)) }
            return HDF5Group(file: file, id: groupID, path: childPath)
        }
    }

    /// Opens the existing group `name`.
    public func openGroup(_ name: String) throws -> HDF5Group {
        let childPath = childPath(name)
        try file.requireOpen("open group", childPath)
        return try HDF5Library.serialized {
            let groupID = H5Gopen2(id, name, c4s_H5P_DEFAULT())
            guard groupID >= 0 else { throw HDF5ErrorStack.error("open group", path: file.location(childPath)) }
            return HDF5Group(file: file, id: groupID, path: childPath)
        }
    }

    /// Whether a link (group, dataset or other object) named `name` exists; nested names are checked
    /// level by level, so a missing intermediate group gives false rather than an error.
    public func contains(_ name: String) -> Bool {
        guard file.isOpen else { return false }
        let components = name.split(separator: "/", omittingEmptySubsequences: true)
        return HDF5Library.serialized {
            var prefix = name.hasPrefix("/") ? "" : "."
            for component in components {
                prefix += "/" + component
                guard H5Lexists(id, prefix, c4s_H5P_DEFAULT()) > 0 else {
                    HDF5ErrorStack.clear()
                    return false
                }
            }
            return true
        }
    }

    /// The names of the group's direct members (groups, datasets, links), sorted.
    public func childNames() throws -> [String] {
        try file.requireOpen("list group", path)
        return try HDF5Library.serialized {
            guard let names = HDF5Group.linkNames(of: id) else {
                throw HDF5ErrorStack.error("list group", path: file.location(path))
            }
            return names
        }
    }

    /// The sorted link names of a group identifier; nil on failure (error left on the stack).
    /// Call inside `HDF5Library.serialized`.
    static func linkNames(of groupID: hid_t) -> [String]? {
        let collector = HDF5StringCollector()
        var index: hsize_t = 0
        let status = H5Literate(groupID, H5_INDEX_NAME, H5_ITER_INC, &index, { _, name, _, context in
            guard let name, let context else { return -1 }
            HDF5StringCollector.from(context).strings.append(String(cString: name))
            return 0
        }, collector.context)
        return status < 0 ? nil : collector.strings.sorted()
    }

    /// Removes the link `name` (a group, with everything below it, or a dataset). HDF5 does not
    /// reclaim the space inside the file.
    public func remove(_ name: String) throws {
        let childPath = childPath(name)
        try file.requireOpen("remove", childPath)
        try HDF5Library.serialized {
            if H5Ldelete(id, name, c4s_H5P_DEFAULT()) < 0 {
                throw HDF5ErrorStack.error("remove", path: file.location(childPath))
            }
        }
    }

    /// The group's attributes.
    private var attributes: HDF5Attributes {
        HDF5Attributes(file: file, objectID: id, objectPath: path)
    }

    /// Writes attribute `name` on this group, replacing any attribute of that name.
    /// Single values are scalar attributes; arrays are 1-D; strings are variable-length UTF-8.
    public func setAttribute(_ name: String, _ value: HDF5AttributeValue) throws {
        try attributes.set(name, value)
    }

    /// The value of attribute `name`, or nil if there is none. Throws when the attribute's type is
    /// not a string, integer or floating-point type (e.g. object references).
    public func attribute(_ name: String) throws -> HDF5AttributeValue? {
        try attributes.value(name)
    }

    /// The names of this group's attributes, sorted.
    public func attributeNames() throws -> [String] {
        try attributes.names()
    }
}
