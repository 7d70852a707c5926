/// Names gathered by an HDF5 iteration callback (`H5Literate`, `H5Aiterate2`), which receives
/// this object as its untyped context pointer. The collector must stay alive for the whole call
/// (read its `strings` afterwards).
final class HDF5StringCollector {
    var strings: [String] = []

    /// The context pointer to hand to the callback (unretained).
    var context: UnsafeMutableRawPointer {
        Unmanaged.passUnretained(self).toOpaque()
    }

    /// The collector behind a context pointer.
    static func from(_ context: UnsafeMutableRawPointer) -> HDF5StringCollector {
        Unmanaged<HDF5StringCollector>.fromOpaque(context).takeUnretainedValue()
    }
}
