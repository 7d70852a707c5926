import CNetCDF

/// Reads the attributes of one variable or group. Callers hold the netCDF lock.
struct NetCDFAttributeReader {
    /// The file's path, for error messages.
    let path: String

    /// All attributes of `variable` (or `NC_GLOBAL`) in `group`, in file order; `owner` names them in errors.
    func attributes(group: Int32, variable: Int32, owner: String) throws -> [NetCDFAttribute] {
        var count: Int32 = 0
        let status = variable == c4s_NC_GLOBAL()
            ? nc_inq_natts(group, &count) : nc_inq_varnatts(group, variable, &count)
        try NetCDFLibrary.check(path, status, "counting the \(owner)")
        return try (0..<count).map { index in
            let (status, name) = NetCDFLibrary.name { nc_inq_attname(group, variable, index, $0) }
            try NetCDFLibrary.check(path, status, "reading the name of attribute \(index) of the \(owner)")
            return try attribute(name, group: group, variable: variable, owner: owner)
        }
    }

    private func attribute(_ name: String, group: Int32, variable: Int32, owner: String) throws -> NetCDFAttribute {
        let action = "reading attribute '\(name)' of the \(owner)"
        var typeCode: nc_type = 0
        var length = 0
        try NetCDFLibrary.check(path, nc_inq_att(group, variable, name, &typeCode, &length), action)
        guard let type = NetCDFPrimitiveType(code: typeCode) else {
            let typeName = try NetCDFMetadataReader(path: path).typeName(typeCode, group: group)
            return NetCDFAttribute(name: name, type: typeName, value: .userDefined(type: typeName, count: length))
        }
        let value: NetCDFAttributeValue
        switch type {
        case .char:
            var bytes = [UInt8](repeating: 0, count: length)
            if length > 0 {
                try NetCDFLibrary.check(path, bytes.withUnsafeMutableBufferPointer {
                    nc_get_att_text(group, variable, name, UnsafeMutableRawPointer($0.baseAddress!)
                        .assumingMemoryBound(to: CChar.self))
                }, action)
            }
            while bytes.last == 0 { bytes.removeLast() }
            value = .text(String(decoding: bytes, as: UTF8.self))
        case .string:
            var pointers = [UnsafeMutablePointer<CChar>?](repeating: nil, count: length)
            if length > 0 {
                try NetCDFLibrary.check(path, nc_get_att_string(group, variable, name, &pointers), action)
            }
            value = .strings(pointers.map { $0.map { String(cString: $0) } ?? "" })
            if length > 0 { _ = nc_free_string(length, &pointers) }
        case .float, .double:
            var numbers = [Double](repeating: 0, count: length)
            if length > 0 { try NetCDFLibrary.check(path, nc_get_att_double(group, variable, name, &numbers), action) }
            value = .doubles(numbers)
        case .uint64:
            var numbers = [UInt64](repeating: 0, count: length)
            if length > 0 { try NetCDFLibrary.check(path, nc_get_att_ulonglong(group, variable, name, &numbers), action) }
            value = .ints(numbers.map { Int64(bitPattern: $0) })
        case .byte, .short, .int, .int64, .ubyte, .ushort, .uint:
            var numbers = [Int64](repeating: 0, count: length)
            if length > 0 { try NetCDFLibrary.check(path, nc_get_att_longlong(group, variable, name, &numbers), action) }
            value = .ints(numbers)
        }
        return NetCDFAttribute(name: name, type: type.rawValue, value: value)
    }
}
