/// The value of an HDF5 attribute as this module writes and reads it.
///
/// Single values are stored with a scalar dataspace, arrays as 1-D. Strings are variable-length
/// UTF-8 (so h5py reads them as `str`); on reading, fixed-length strings written by other programs
/// (netCDF, h5py with `np.bytes_`) are accepted too, trimmed at the first NUL (and of trailing
/// spaces when space-padded). Any floating-point attribute reads as `double(s)`, any integer one
/// as `int(s)`.
public enum HDF5AttributeValue: Sendable, Equatable {
    /// One string (scalar dataspace).
    case string(String)
    /// A 1-D array of strings.
    case strings([String])
    /// One float64 (scalar dataspace).
    case double(Double)
    /// A 1-D array of float64.
    case doubles([Double])
    /// One int64 (scalar dataspace).
    case int(Int64)
    /// A 1-D array of int64.
    case ints([Int64])
}
