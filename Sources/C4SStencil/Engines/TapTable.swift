import C4SCore

/// A kernel's non-zero weights as flat offsets in a padded layout, in aligned buffers that worker threads share.
struct TapTable: Sendable {
    /// Flat offsets from the updated point.
    let offsets: AlignedBuffer<Int>
    /// Weights, same order.
    let weights: AlignedBuffer<Double>
    /// Number of taps.
    var count: Int { offsets.count }

    /// The taps of `kernel` in `layout`.
    init(kernel: StencilKernel, layout: PaddedLayout) {
        let taps = kernel.taps
        offsets = AlignedBuffer(copying: taps.map { layout.offset(dz: $0.dz, dy: $0.dy, dx: $0.dx) })
        weights = AlignedBuffer(copying: taps.map(\.weight))
    }
}
