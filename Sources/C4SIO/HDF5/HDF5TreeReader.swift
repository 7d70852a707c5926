import CHDF5

/// Walks an open file for `HDF5Tree`, depth first in name order, remembering where each object
/// was first seen so hard-linked objects (and cycles) are expanded once. Call inside
/// `HDF5Library.serialized`.
struct HDF5TreeReader {
    /// Identifies an object within the open files: file number and header address.
    private struct ObjectAddress: Hashable {
        let fileNumber: UInt
        let address: haddr_t
    }

    let file: HDF5FileHandle
    private var firstPaths: [ObjectAddress: String] = [:]

    init(file: HDF5FileHandle) {
        self.file = file
    }

    /// The whole tree below the root group.
    mutating func describeRoot(groupID: hid_t) -> HDF5TreeNode {
        var info = H5O_info_t()
        if H5Oget_info2(groupID, &info, UInt32(H5O_INFO_BASIC)) >= 0 {
            firstPaths[ObjectAddress(fileNumber: info.fileno, address: info.addr)] = "/"
        } else {
            HDF5ErrorStack.clear()
        }
        return HDF5TreeNode(name: "/", path: "/", kind: .group, attributes: attributes(of: groupID, path: "/"),
                            children: children(of: groupID, path: "/"), note: nil)
    }

    /// The members of a group, by sorted link name.
    private mutating func children(of groupID: hid_t, path: String) -> [HDF5TreeNode] {
        guard let names = HDF5Group.linkNames(of: groupID) else {
            let reason = HDF5ErrorStack.take().firstLine
            return [HDF5TreeNode(name: "?", path: path, kind: .other, attributes: [], children: [],
                                 note: "members unreadable: \(reason)")]
        }
        return names.map { name in
            describeLink(name, in: groupID, path: path == "/" ? "/" + name : path + "/" + name)
        }
    }

    /// One member: follows hard links; describes soft and external links without following them.
    private mutating func describeLink(_ name: String, in groupID: hid_t, path: String) -> HDF5TreeNode {
        func other(_ note: String) -> HDF5TreeNode {
            HDF5TreeNode(name: name, path: path, kind: .other, attributes: [], children: [], note: note)
        }
        var link = H5L_info_t()
        guard H5Lget_info(groupID, name, &link, c4s_H5P_DEFAULT()) >= 0 else {
            return other("unreadable link: \(firstErrorLine())")
        }
        switch link.type {
        case H5L_TYPE_HARD:
            break
        case H5L_TYPE_SOFT:
            return other("soft link -> " + (linkValue(name, in: groupID, size: link.u.val_size) ?? "?"))
        case H5L_TYPE_EXTERNAL:
            return other("external link -> " + (externalTarget(name, in: groupID, size: link.u.val_size) ?? "?"))
        default:
            return other("user-defined link")
        }
        var info = H5O_info_t()
        guard H5Oget_info_by_name2(groupID, name, &info, UInt32(H5O_INFO_BASIC), c4s_H5P_DEFAULT()) >= 0 else {
            return other("unreadable object: \(firstErrorLine())")
        }
        let objectID = H5Oopen(groupID, name, c4s_H5P_DEFAULT())
        guard objectID >= 0 else { return other("unreadable object: \(firstErrorLine())") }
        defer { H5Oclose(objectID) }

        let address = ObjectAddress(fileNumber: info.fileno, address: info.addr)
        let firstPath = firstPaths[address]
        if firstPath == nil { firstPaths[address] = path }
        let note = firstPath.map { "hard link to \($0)" }
        let attributes = firstPath == nil ? attributes(of: objectID, path: path) : []
        switch info.type {
        case H5O_TYPE_GROUP:
            let children = firstPath == nil ? children(of: objectID, path: path) : []
            return HDF5TreeNode(name: name, path: path, kind: .group, attributes: attributes,
                                children: children, note: note)
        case H5O_TYPE_DATASET:
            return HDF5TreeNode(name: name, path: path, kind: datasetKind(objectID), attributes: attributes,
                                children: [], note: note)
        case H5O_TYPE_NAMED_DATATYPE:
            return HDF5TreeNode(name: name, path: path, kind: .other, attributes: attributes, children: [],
                                note: "named datatype \(HDF5TypeName.describe(objectID))")
        default:
            return HDF5TreeNode(name: name, path: path, kind: .other, attributes: attributes, children: [],
                                note: note ?? "object of unknown type")
        }
    }

    /// Shape, element type, chunks and filters of an open dataset.
    private func datasetKind(_ datasetID: hid_t) -> HDF5TreeNode.Kind {
        let source = HDF5ValueSource(kind: .dataset, id: datasetID, location: "")
        guard let (shape, type) = try? source.withTypeAndExtent({ type, extent in
            (extent.shape, HDF5TypeName.describe(type))
        }) else {
            HDF5ErrorStack.clear()
            return .dataset(shape: [], type: "unreadable", chunks: nil, compression: nil)
        }
        let dcpl = H5Dget_create_plist(datasetID)
        guard dcpl >= 0 else {
            HDF5ErrorStack.clear()
            return .dataset(shape: shape, type: type, chunks: nil, compression: nil)
        }
        defer { H5Pclose(dcpl) }
        var chunks: [Int]?
        if H5Pget_layout(dcpl) == H5D_CHUNKED {
            var dims = [hsize_t](repeating: 0, count: max(1, shape.count))
            let rank = H5Pget_chunk(dcpl, Int32(dims.count), &dims)
            if rank > 0 { chunks = dims.prefix(Int(rank)).map { Int(clamping: $0) } }
        }
        let filters = HDF5FilterName.describeFilters(dcpl)
        return .dataset(shape: shape, type: type, chunks: chunks, compression: filters.isEmpty ? nil : filters)
    }

    /// Summaries of every attribute of an open object.
    private func attributes(of objectID: hid_t, path: String) -> [(name: String, summary: String)] {
        guard let names = HDF5Attributes.names(of: objectID) else {
            return [(name: "?", summary: "<attributes unreadable: \(firstErrorLine())>")]
        }
        return names.map { name in
            (name: name, summary: HDF5AttributeSummary.summarize(name, of: objectID, location: file.location(path)))
        }
    }

    /// The target path of a soft link.
    private func linkValue(_ name: String, in groupID: hid_t, size: Int) -> String? {
        var buffer = [CChar](repeating: 0, count: max(1, size) + 1)
        guard H5Lget_val(groupID, name, &buffer, buffer.count, c4s_H5P_DEFAULT()) >= 0 else {
            HDF5ErrorStack.clear()
            return nil
        }
        return HDF5TreeReader.string(from: buffer)
    }

    /// `file:/path` of an external link.
    private func externalTarget(_ name: String, in groupID: hid_t, size: Int) -> String? {
        var buffer = [CChar](repeating: 0, count: max(1, size) + 1)
        guard H5Lget_val(groupID, name, &buffer, buffer.count, c4s_H5P_DEFAULT()) >= 0 else {
            HDF5ErrorStack.clear()
            return nil
        }
        var flags: UInt32 = 0
        var fileName: UnsafePointer<CChar>?
        var objectPath: UnsafePointer<CChar>?
        let status = H5Lunpack_elink_val(&buffer, size, &flags, &fileName, &objectPath)
        guard status >= 0, let fileName, let objectPath else {
            HDF5ErrorStack.clear()
            return nil
        }
        return String(cString: fileName) + ":" + String(cString: objectPath)
    }

    /// A NUL-terminated string from a C buffer.
    private static func string(from buffer: [CChar]) -> String {
        String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The first line of the current HDF5 error stack (the stack is cleared).
    private func firstErrorLine() -> String {
        HDF5ErrorStack.take().firstLine
    }
}
