import CHDF5

/// An attribute or dataset whose whole contents are read at once, with the conversions shared by
/// both: numbers converted by HDF5 to the requested native type, strings of either variable or
/// fixed length, and attribute values. Call every method inside `HDF5Library.serialized`.
struct HDF5ValueSource {
    /// What the identifier refers to.
    enum Kind {
        case attribute
        case dataset
    }

    let kind: Kind
    /// The open attribute or dataset identifier (owned by the caller).
    let id: hid_t
    /// `file:/object/path` (with `@name` for attributes), for error messages.
    let location: String

    /// Fails with the current HDF5 error stack.
    private func failure(_ operation: String) -> HDF5Error {
        HDF5ErrorStack.error(operation, path: location)
    }

    /// Runs `body` with the stored datatype and the extent, closing both afterwards.
    func withTypeAndExtent<T>(_ body: (hid_t, HDF5Extent) throws -> T) throws -> T {
        let type = kind == .attribute ? H5Aget_type(id) : H5Dget_type(id)
        guard type >= 0 else { throw failure("read datatype") }
        defer { H5Tclose(type) }
        let space = kind == .attribute ? H5Aget_space(id) : H5Dget_space(id)
        guard space >= 0 else { throw failure("read dataspace") }
        defer { H5Sclose(space) }
        guard let extent = HDF5Extent(space: space) else { throw failure("read dataspace") }
        return try body(type, extent)
    }

    /// Reads every element into `buffer` as `memoryType`.
    private func read(_ memoryType: hid_t, into buffer: UnsafeMutableRawPointer) -> herr_t {
        switch kind {
        case .attribute: H5Aread(id, memoryType, buffer)
        case .dataset: H5Dread(id, memoryType, c4s_H5S_ALL(), c4s_H5S_ALL(), c4s_H5P_DEFAULT(), buffer)
        }
    }

    /// All elements as `T`, in row-major order, converted by HDF5 from the stored numeric type.
    func numbers<T: HDF5Scalar>(as type: T.Type) throws -> [T] {
        try withTypeAndExtent { fileType, extent in
            let typeClass = H5Tget_class(fileType)
            guard typeClass == H5T_INTEGER || typeClass == H5T_FLOAT else {
                throw HDF5Error(operation: "read values as \(T.hdf5ElementType.rawValue)", path: location,
                                reason: "the stored type is \(HDF5TypeName.describe(fileType)), not numeric",
                                stack: "")
            }
            return try numbers(count: extent.count, as: type)
        }
    }

    /// `count` elements as `T`.
    private func numbers<T: HDF5Scalar>(count: Int, as type: T.Type) throws -> [T] {
        guard count > 0 else { return [] }
        var status: herr_t = 0
        let values = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            status = read(T.hdf5ElementType.nativeTypeID, into: UnsafeMutableRawPointer(buffer.baseAddress!))
            initialized = count
        }
        guard status >= 0 else { throw failure("read values as \(T.hdf5ElementType.rawValue)") }
        return values
    }

    /// All elements of a string-typed attribute or dataset (variable or fixed length). Fixed-length
    /// strings end at their first NUL; space-padded ones also lose trailing spaces.
    func strings() throws -> [String] {
        try withTypeAndExtent { fileType, extent in
            guard H5Tget_class(fileType) == H5T_STRING else {
                throw HDF5Error(operation: "read strings", path: location,
                                reason: "the stored type is \(HDF5TypeName.describe(fileType)), not string",
                                stack: "")
            }
            guard extent.count > 0 else { return [] }
            if H5Tis_variable_str(fileType) > 0 {
                return try variableLengthStrings(fileType: fileType, count: extent.count)
            }
            return try fixedLengthStrings(fileType: fileType, count: extent.count)
        }
    }

    private func variableLengthStrings(fileType: hid_t, count: Int) throws -> [String] {
        let memoryType = HDF5StringType.variableLength(cset: H5Tget_cset(fileType))
        defer { H5Tclose(memoryType) }
        var pointers = [UnsafeMutablePointer<CChar>?](repeating: nil, count: count)
        let status = pointers.withUnsafeMutableBytes { read(memoryType, into: $0.baseAddress!) }
        guard status >= 0 else { throw failure("read strings") }
        let strings = pointers.map { $0.map { String(cString: $0) } ?? "" }
        let space = H5Screate_simple(1, [hsize_t(count)], nil)
        defer { H5Sclose(space) }
        _ = pointers.withUnsafeMutableBytes {
            H5Dvlen_reclaim(memoryType, space, c4s_H5P_DEFAULT(), $0.baseAddress!)
        }
        return strings
    }

    private func fixedLengthStrings(fileType: hid_t, count: Int) throws -> [String] {
        let size = H5Tget_size(fileType)
        guard size > 0 else { return [String](repeating: "", count: count) }
        let memoryType = H5Tcopy(fileType)
        defer { H5Tclose(memoryType) }
        let spacePadded = H5Tget_strpad(fileType) == H5T_STR_SPACEPAD
        var bytes = [UInt8](repeating: 0, count: count * size)
        let status = bytes.withUnsafeMutableBytes { read(memoryType, into: $0.baseAddress!) }
        guard status >= 0 else { throw failure("read strings") }
        return (0..<count).map { index in
            var element = bytes[index * size ..< (index + 1) * size]
            if let end = element.firstIndex(of: 0) { element = element[..<end] }
            if spacePadded {
                while element.last == UInt8(ascii: " ") { element = element.dropLast() }
            }
            return String(decoding: element, as: UTF8.self)
        }
    }

    /// The value of a string, integer or floating-point attribute (scalar extent: one value;
    /// otherwise all elements flattened). Throws for any other type.
    func attributeValue() throws -> HDF5AttributeValue {
        try withTypeAndExtent { fileType, extent in
            let scalar = extent == .scalar
            switch H5Tget_class(fileType) {
            case H5T_STRING:
                let values = try strings()
                return scalar ? .string(values.first ?? "") : .strings(values)
            case H5T_FLOAT:
                let values = try numbers(count: extent.count, as: Double.self)
                return scalar ? .double(values[0]) : .doubles(values)
            case H5T_INTEGER:
                let values = try numbers(count: extent.count, as: Int64.self)
                return scalar ? .int(values[0]) : .ints(values)
            default:
                throw HDF5Error(operation: "read attribute", path: location,
                                reason: "unsupported type \(HDF5TypeName.describe(fileType))", stack: "")
            }
        }
    }
}
