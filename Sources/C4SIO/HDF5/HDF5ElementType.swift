import CHDF5

/// The numeric element types this module reads and writes, named as `elementTypeDescription`
/// names them (`"float64"`, `"int32"`, ...). Stored little-endian, as on every machine this runs on.
public enum HDF5ElementType: String, Sendable, CaseIterable {
    /// IEEE floating point of 32 and 64 bits (`Float`, `Double`).
    case float32, float64
    /// Signed integers of 8, 16, 32 and 64 bits.
    case int8, int16, int32, int64
    /// Unsigned integers of 8, 16, 32 and 64 bits.
    case uint8, uint16, uint32, uint64

    /// The library's native in-memory type for this element type (a predefined, never-closed id).
    var nativeTypeID: hid_t {
        switch self {
        case .float32: c4s_H5T_NATIVE_FLOAT()
        case .float64: c4s_H5T_NATIVE_DOUBLE()
        case .int8: c4s_H5T_NATIVE_INT8()
        case .int16: c4s_H5T_NATIVE_INT16()
        case .int32: c4s_H5T_NATIVE_INT32()
        case .int64: c4s_H5T_NATIVE_INT64()
        case .uint8: c4s_H5T_NATIVE_UINT8()
        case .uint16: c4s_H5T_NATIVE_UINT16()
        case .uint32: c4s_H5T_NATIVE_UINT32()
        case .uint64: c4s_H5T_NATIVE_UINT64()
        }
    }
}
