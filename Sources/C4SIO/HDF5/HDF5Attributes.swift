import CHDF5

/// Attribute access shared by groups and datasets: the object identifier plus where it lives.
struct HDF5Attributes {
    let file: HDF5FileHandle
    /// The open group or dataset identifier (owned by the group or dataset).
    let objectID: hid_t
    /// The object's path inside the file.
    let objectPath: String

    private func location(_ name: String) -> String {
        file.location("\(objectPath)@\(name)")
    }

    /// Writes `value` as attribute `name`, replacing any attribute of that name.
    func set(_ name: String, _ value: HDF5AttributeValue) throws {
        try file.requireOpen("write attribute", "\(objectPath)@\(name)")
        try HDF5Library.serialized {
            let exists = H5Aexists(objectID, name)
            guard exists >= 0 else { throw HDF5ErrorStack.error("check attribute", path: location(name)) }
            if exists > 0, H5Adelete(objectID, name) < 0 {
                throw HDF5ErrorStack.error("replace attribute", path: location(name))
            }
            switch value {
            case .string(let string):
                try write(name, strings: [string], shape: [])
            case .strings(let strings):
                try write(name, strings: strings, shape: [strings.count])
            case .double(let number):
                try write(name, numbers: [number], shape: [])
            case .doubles(let numbers):
                try write(name, numbers: numbers, shape: [numbers.count])
            case .int(let number):
                try write(name, numbers: [number], shape: [])
            case .ints(let numbers):
                try write(name, numbers: numbers, shape: [numbers.count])
            }
        }
    }

    /// Creates attribute `name` of `type` and `shape`, and fills it from `buffer`.
    private func create(_ name: String, type: hid_t, shape: [Int], buffer: UnsafeRawPointer?) throws {
        let space = HDF5Extent.makeSpace(shape: shape)
        guard space >= 0 else { throw HDF5ErrorStack.error("write attribute", path: location(name)) }
        defer { H5Sclose(space) }
        let attribute = H5Acreate2(objectID, name, type, space, c4s_H5P_DEFAULT(), c4s_H5P_DEFAULT())
        guard attribute >= 0 else { throw HDF5ErrorStack.error("create attribute", path: location(name)) }
        defer { H5Aclose(attribute) }
        if let buffer, H5Awrite(attribute, type, buffer) < 0 {
            throw HDF5ErrorStack.error("write attribute", path: location(name))
        }
    }

    private func write<T: HDF5Scalar>(_ name: String, numbers: [T], shape: [Int]) throws {
        try numbers.withUnsafeBytes { bytes in
            try create(name, type: T.hdf5ElementType.nativeTypeID, shape: shape,
                       buffer: numbers.isEmpty ? nil : bytes.baseAddress)
        }
    }

    private func write(_ name: String, strings: [String], shape: [Int]) throws {
        let type = HDF5StringType.variableLength()
        defer { H5Tclose(type) }
        try HDF5StringType.withCStringArray(strings) { pointers in
            try create(name, type: type, shape: shape, buffer: strings.isEmpty ? nil : pointers)
        }
    }

    /// The value of attribute `name`, or nil when the object has no such attribute. Throws for
    /// types other than strings, integers and floating-point numbers.
    func value(_ name: String) throws -> HDF5AttributeValue? {
        try file.requireOpen("read attribute", "\(objectPath)@\(name)")
        return try HDF5Library.serialized {
            let exists = H5Aexists(objectID, name)
            guard exists >= 0 else { throw HDF5ErrorStack.error("check attribute", path: location(name)) }
            guard exists > 0 else { return nil }
            let attribute = H5Aopen(objectID, name, c4s_H5P_DEFAULT())
            guard attribute >= 0 else { throw HDF5ErrorStack.error("open attribute", path: location(name)) }
            defer { H5Aclose(attribute) }
            return try HDF5ValueSource(kind: .attribute, id: attribute, location: location(name)).attributeValue()
        }
    }

    /// The names of all attributes, sorted.
    func names() throws -> [String] {
        try file.requireOpen("list attributes", objectPath)
        return try HDF5Library.serialized {
            guard let names = HDF5Attributes.names(of: objectID) else {
                throw HDF5ErrorStack.error("list attributes", path: file.location(objectPath))
            }
            return names
        }
    }

    /// The sorted attribute names of any object; nil on failure (error left on the stack).
    /// Call inside `HDF5Library.serialized`.
    static func names(of objectID: hid_t) -> [String]? {
        let collector = HDF5StringCollector()
        var index: hsize_t = 0
        let status = H5Aiterate2(objectID, H5_INDEX_NAME, H5_ITER_INC, &index, { _, name, _, context in
            guard let name, let context else { return -1 }
            HDF5StringCollector.from(context).strings.append(String(cString: name))
            return 0
        }, collector.context)
        return status < 0 ? nil : collector.strings.sorted()
    }
}
