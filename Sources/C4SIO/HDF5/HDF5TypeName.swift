import CHDF5

/// Short, human-readable names of HDF5 datatypes: `"float32"`, `"uint8"`, `"string"` (variable
/// length), `"string[16]"` (fixed length), `"object reference"`, `"vlen of object reference"`,
/// `"compound {dataset: object reference, dimension: int32}"`, `"enum(int8) {FALSE, TRUE}"`, ...
enum HDF5TypeName {
    /// The name of a datatype identifier. Call inside `HDF5Library.serialized`.
    static func describe(_ type: hid_t) -> String {
        let size = H5Tget_size(type)
        switch H5Tget_class(type) {
        case H5T_INTEGER:
            let signed = H5Tget_sign(type) != H5T_SGN_NONE
            return (signed ? "int" : "uint") + "\(size * 8)" + byteOrderSuffix(type)
        case H5T_FLOAT:
            return "float\(size * 8)" + byteOrderSuffix(type)
        case H5T_STRING:
            return H5Tis_variable_str(type) > 0 ? "string" : "string[\(size)]"
        case H5T_REFERENCE:
            if H5Tequal(type, c4s_H5T_STD_REF_OBJ()) > 0 { return "object reference" }
            if H5Tequal(type, c4s_H5T_STD_REF_DSETREG()) > 0 { return "region reference" }
            return "reference"
        case H5T_COMPOUND:
            return "compound {" + members(type).joined(separator: ", ") + "}"
        case H5T_ENUM:
            return "enum(\(withSuper(type, describe))) {" + memberNames(type).joined(separator: ", ") + "}"
        case H5T_VLEN:
            return "vlen of " + withSuper(type, describe)
        case H5T_ARRAY:
            let rank = max(0, Int(H5Tget_array_ndims(type)))
            var dims = [hsize_t](repeating: 0, count: rank)
            _ = H5Tget_array_dims2(type, &dims)
            let dimText = dims.map(String.init).joined(separator: ",")
            return "array[\(dimText)] of " + withSuper(type, describe)
        case H5T_OPAQUE:
            return "opaque[\(size)]"
        case H5T_BITFIELD:
            return "bitfield\(size * 8)"
        case H5T_TIME:
            return "time"
        default:
            return "unknown type"
        }
    }

    /// `" big-endian"` for big-endian atomic types, else empty.
    private static func byteOrderSuffix(_ type: hid_t) -> String {
        H5Tget_order(type) == H5T_ORDER_BE ? " big-endian" : ""
    }

    /// Applies `body` to the base type of an enum, vlen or array type.
    private static func withSuper(_ type: hid_t, _ body: (hid_t) -> String) -> String {
        let base = H5Tget_super(type)
        guard base >= 0 else { return "?" }
        defer { H5Tclose(base) }
        return body(base)
    }

    /// `name: type` for each member of a compound type.
    private static func members(_ type: hid_t) -> [String] {
        let names = memberNames(type)
        return names.indices.map { index in
            let memberType = H5Tget_member_type(type, UInt32(index))
            guard memberType >= 0 else { return "\(names[index]): ?" }
            defer { H5Tclose(memberType) }
            return "\(names[index]): \(describe(memberType))"
        }
    }

    /// The member names of a compound or enum type.
    private static func memberNames(_ type: hid_t) -> [String] {
        let count = max(0, Int(H5Tget_nmembers(type)))
        return (0..<count).map { index in
            guard let name = H5Tget_member_name(type, UInt32(index)) else { return "?" }
            defer { H5free_memory(name) }
            return String(cString: name)
        }
    }
}
