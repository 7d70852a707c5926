import CHDF5

/// The extent of an HDF5 dataspace: scalar (one element), simple (an N-d shape) or null (none).
enum HDF5Extent: Equatable {
    case scalar
    case simple([Int])
    case null

    /// The shape as this module reports it: `[]` for a scalar, `[0]` for a null extent.
    var shape: [Int] {
        switch self {
        case .scalar: []
        case .simple(let dims): dims
        case .null: [0]
        }
    }

    /// The number of elements (`Int.max` if a damaged file claims more).
    var count: Int {
        switch self {
        case .scalar: 1
        case .simple(let dims):
            dims.reduce(1) { product, extent in
                let (next, overflow) = product.multipliedReportingOverflow(by: extent)
                return overflow ? Int.max : next
            }
        case .null: 0
        }
    }

    /// Reads the extent of a dataspace identifier; nil if HDF5 cannot tell (error left on the stack).
    init?(space: hid_t) {
        switch H5Sget_simple_extent_type(space) {
        case H5S_SCALAR:
            self = .scalar
        case H5S_NULL:
            self = .null
        case H5S_SIMPLE:
            let rank = H5Sget_simple_extent_ndims(space)
            guard rank >= 0 else { return nil }
            var dims = [hsize_t](repeating: 0, count: Int(rank))
            guard H5Sget_simple_extent_dims(space, &dims, nil) >= 0 else { return nil }
            self = .simple(dims.map { Int(clamping: $0) })
        default:
            return nil
        }
    }

    /// Creates a dataspace for `shape` (`[]` makes a scalar dataspace); `maximumShape` defaults to
    /// `shape`. The caller closes the returned identifier; negative on failure.
    static func makeSpace(shape: [Int], maximumShape: [hsize_t]? = nil) -> hid_t {
        if shape.isEmpty { return H5Screate(H5S_SCALAR) }
        let dims = shape.map { hsize_t($0) }
        let maxDims = maximumShape ?? dims
        return H5Screate_simple(Int32(dims.count), dims, maxDims)
    }
}
