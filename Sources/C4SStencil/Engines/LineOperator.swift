import C4SCore
import CStencilStream

/// Computes one line of a time step for a temporal tiling: `count` outputs from the source line at `src`, whose
/// neighbours lie at the tiling's offsets for ring slot `slot`. `last` marks the pass's final time level, whose
/// output goes to the destination grid in memory; `worker` indexes per-thread scratch.
protocol LineOperator: Sendable {
    /// Writes `dst[0..<count]`. - Precondition: the source neighbourhood of every output is readable; no overlap.
    func apply(src: UnsafePointer<Double>, dst: UnsafeMutablePointer<Double>, count: Int, slot: Int, worker: Int, last: Bool)
}

/// The vectorized engine's line update (`SIMDLineKernel`, every tap an FMA) with one offset table per ring slot;
/// the final level can write with non-temporal stores (`c4s_stencil_stream_line`).
struct TapLineOperator: LineOperator {
    /// Per slot: flat offsets of the taps.
    let offsets: [AlignedBuffer<Int>]
    /// Tap weights, same order.
    let weights: AlignedBuffer<Double>
    /// Whether the final level streams its stores past the caches.
    let streaming: Bool

    /// The taps of `kernel` in `tiling`'s scratch layout.
    init(kernel: StencilKernel, tiling: some TemporalTiling, streaming: Bool) {
        let taps = kernel.taps
        offsets = (0..<tiling.slots).map { slot in
            AlignedBuffer(copying: taps.map { tiling.offset(dz: $0.dz, dy: $0.dy, dx: $0.dx, slot: slot) })
        }
        weights = AlignedBuffer(copying: taps.map(\.weight))
        self.streaming = streaming
    }

    func apply(src: UnsafePointer<Double>, dst: UnsafeMutablePointer<Double>, count: Int, slot: Int, worker: Int, last: Bool) {
        if last && streaming {
            c4s_stencil_stream_line(src, dst, count, offsets[slot].pointer, weights.pointer, weights.count)
        } else {
            SIMDLineKernel.apply(src: src, dst: dst, count: count, offsets: offsets[slot].pointer, weights: weights.pointer, taps: weights.count)
        }
    }
}
