import CHDF5

/// Names of the filters in a dataset-creation property list, in pipeline order, joined by `+`:
/// `"deflate(4)"`, `"shuffle+deflate(2)"`, `"fletcher32"`, `"szip"`, `"nbit"`, `"scaleoffset"`, or
/// the filter's own name (or `"filter <id>"`) for third-party filters.
enum HDF5FilterName {
    /// The filter pipeline of `dcpl` as text; empty when there are no filters.
    /// Call inside `HDF5Library.serialized`.
    static func describeFilters(_ dcpl: hid_t) -> String {
        let count = max(0, Int(H5Pget_nfilters(dcpl)))
        return (0..<count).map { describe(dcpl, index: UInt32($0)) }.joined(separator: "+")
    }

    private static func describe(_ dcpl: hid_t, index: UInt32) -> String {
        var flags: UInt32 = 0
        var valueCount = 8
        var values = [UInt32](repeating: 0, count: valueCount)
        var name = [CChar](repeating: 0, count: 64)
        var configuration: UInt32 = 0
        let filter = H5Pget_filter2(dcpl, index, &flags, &valueCount, &values, name.count, &name, &configuration)
        switch filter {
        case H5Z_FILTER_DEFLATE:
            return valueCount > 0 ? "deflate(\(values[0]))" : "deflate"
        case H5Z_FILTER_SHUFFLE: return "shuffle"
        case H5Z_FILTER_FLETCHER32: return "fletcher32"
        case H5Z_FILTER_SZIP: return "szip"
        case H5Z_FILTER_NBIT: return "nbit"
        case H5Z_FILTER_SCALEOFFSET: return "scaleoffset"
        default:
            let text = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return text.isEmpty ? "filter \(filter)" : text
        }
    }
}
