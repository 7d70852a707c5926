/// An element type storable in HDF5 datasets: `Float`, `Double`, `Int8`, `Int16`, `Int32`,
/// `Int64`, `UInt8`, `UInt16`, `UInt32`, `UInt64`.
///
/// Values are passed to HDF5 as contiguous native memory; on reading, HDF5 converts from the
/// stored numeric type to this one (e.g. a float32 dataset reads as `Double`). Conforming further
/// types is not supported: the set is closed by `hdf5ElementType`.
public protocol HDF5Scalar: Sendable {
    /// The HDF5 element type that stores values of this Swift type without conversion.
    static var hdf5ElementType: HDF5ElementType { get }
}

extension Float: HDF5Scalar {
    /// Stored as IEEE float32.
    public static var hdf5ElementType: HDF5ElementType { .float32 }
}

extension Double: HDF5Scalar {
    /// Stored as IEEE float64.
    public static var hdf5ElementType: HDF5ElementType { .float64 }
}

extension Int8: HDF5Scalar {
    /// Stored as a signed 8-bit integer.
    public static var hdf5ElementType: HDF5ElementType { .int8 }
}

extension Int16: HDF5Scalar {
    /// Stored as a signed 16-bit integer.
    public static var hdf5ElementType: HDF5ElementType { .int16 }
}

extension Int32: HDF5Scalar {
    /// Stored as a signed 32-bit integer.
    public static var hdf5ElementType: HDF5ElementType { .int32 }
}

extension Int64: HDF5Scalar {
    /// Stored as a signed 64-bit integer.
    public static var hdf5ElementType: HDF5ElementType { .int64 }
}

extension UInt8: HDF5Scalar {
    /// Stored as an unsigned 8-bit integer.
    public static var hdf5ElementType: HDF5ElementType { .uint8 }
}

extension UInt16: HDF5Scalar {
    /// Stored as an unsigned 16-bit integer.
    public static var hdf5ElementType: HDF5ElementType { .uint16 }
}

extension UInt32: HDF5Scalar {
    /// Stored as an unsigned 32-bit integer.
    public static var hdf5ElementType: HDF5ElementType { .uint32 }
}

extension UInt64: HDF5Scalar {
    /// Stored as an unsigned 64-bit integer.
    public static var hdf5ElementType: HDF5ElementType { .uint64 }
}
