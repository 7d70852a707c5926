import CNetCDF

/// The netCDF atomic types, by their CDL names. User-defined types (compound, vlen, enum, opaque) have no
/// case: the reader reports them by their own names.
enum NetCDFPrimitiveType: String, Sendable {
    case byte, char, short, int, float, double, ubyte, ushort, uint, int64, uint64, string

    /// The type for a libnetcdf type code, or nil for a user-defined type.
    init?(code: nc_type) {
        switch code {
        case NC_BYTE: self = .byte
        case NC_CHAR: self = .char
        case NC_SHORT: self = .short
        case NC_INT: self = .int
        case NC_FLOAT: self = .float
        case NC_DOUBLE: self = .double
        case NC_UBYTE: self = .ubyte
        case NC_USHORT: self = .ushort
        case NC_UINT: self = .uint
        case NC_INT64: self = .int64
        case NC_UINT64: self = .uint64
        case NC_STRING: self = .string
        default: return nil
        }
    }

    /// True for the types `nc_get_vara_double` converts to numbers (all but char and string).
    var isNumeric: Bool { self != .char && self != .string }

    /// The range of an integer type as doubles, or nil for float, double, char and string.
    var integerRange: ClosedRange<Double>? {
        switch self {
        case .byte: Double(Int8.min)...Double(Int8.max)
        case .short: Double(Int16.min)...Double(Int16.max)
        case .int: Double(Int32.min)...Double(Int32.max)
        case .int64: Double(Int64.min)...Double(Int64.max)
        case .ubyte: 0...Double(UInt8.max)
        case .ushort: 0...Double(UInt16.max)
        case .uint: 0...Double(UInt32.max)
        case .uint64: 0...Double(UInt64.max)
        case .float, .double, .char, .string: nil
        }
    }

    /// The netCDF default fill value (`NC_FILL_…`) that readers treat as missing when a variable has no
    /// `_FillValue` attribute, as a double; nil for char and string, and for the one-byte types, which by
    /// convention (NUG "Attribute Conventions", ncdump) have no default fill value.
    var conventionalDefaultFill: Double? {
        switch self {
        case .short: Double(c4s_NC_FILL_SHORT())
        case .int: Double(c4s_NC_FILL_INT())
        case .float: Double(c4s_NC_FILL_FLOAT())
        case .double: c4s_NC_FILL_DOUBLE()
        case .ushort: Double(c4s_NC_FILL_USHORT())
        case .uint: Double(c4s_NC_FILL_UINT())
        case .int64: Double(c4s_NC_FILL_INT64())
        case .uint64: Double(c4s_NC_FILL_UINT64())
        case .byte, .ubyte, .char, .string: nil
        }
    }

    /// The value `value` takes when stored in this type, or nil when it cannot be stored exactly
    /// (a fraction or an out-of-range number for an integer type, a double with more precision than a
    /// float has). netCDF4-python ignores such fill, missing and valid-range attributes, and so does this
    /// reader.
    func exactly(_ value: Double) -> Double? {
        switch self {
        case .double:
            return value
        case .float:
            let narrowed = Double(Float(value))
            return narrowed == value || (value.isNaN && narrowed.isNaN) ? narrowed : nil
        case .char, .string:
            return nil
        default:
            guard let range = integerRange, range.contains(value), value == value.rounded(.towardZero) else {
                return nil
            }
            return value
        }
    }
}
