/// The row-length stream of a VNEC part: per segment, its number of entries as bytes that a reader sums up to and
/// including the first byte below 255 (so n < 255 takes one byte, 255 takes two: 255, 0). One byte per row for the
/// short rows of stencil and mesh matrices, instead of an 8-byte row pointer.
struct VNECRowLengths {
    /// The encoded bytes.
    private(set) var bytes: [UInt8] = []

    /// An empty stream with room for `segments` one-byte lengths.
    init(segments: Int) {
        bytes.reserveCapacity(segments)
    }

    /// Appends a segment of `entries` (>= 0) entries.
    mutating func append(_ entries: Int) {
        var n = entries
        while n >= 255 {
            bytes.append(255)
            n -= 255
        }
        bytes.append(UInt8(n))
    }
}
