import C4SCore
import Foundation

/// The STREAM triad `a[i] = b[i] + s·c[i]` over three Float64 arrays, on a given number of threads.
///
/// Bytes counted per element: 24 (two reads, one write; STREAM's convention, without the
/// write-allocate traffic). The arrays are allocated once, 64-byte aligned.
public final class StreamTriad: Sendable {
    /// Elements per array.
    public let count: Int
    private let a: AlignedBuffer<Double>
    private let b: AlignedBuffer<Double>
    private let c: AlignedBuffer<Double>

    /// Allocates three arrays of `count` elements and initialises them on `threads` threads
    /// (a = 0, b = 1, c = 2). - Precondition: `count > 0`.
    public init(count: Int, threads: Int) {
        precondition(count > 0, "StreamTriad needs at least one element")
        self.count = count
        a = AlignedBuffer(count: count, repeating: 0)
        b = AlignedBuffer(count: count, repeating: 1)
        c = AlignedBuffer(count: count, repeating: 2)
    }

    /// Bytes moved by one triad pass.
    public var bytesPerPass: Double { Double(count) * 24 }

    /// Runs one triad pass on `threads` threads and returns its duration in seconds.
    public func pass(scalar: Double, threads: Int) -> Double {
        let (a, b, c) = (a, b, c)
        let clock = ContinuousClock()
        let d = clock.measure {
            ParallelFor.chunks(count: count, workers: threads) { _, range in
                let pa = a.pointer, pb = b.pointer, pc = c.pointer
                for i in range {
                    pa[i] = pb[i] + scalar * pc[i]
                }
            }
        }
        return d.seconds
    }

    /// True when every a[i] equals 1 + scalar·2, i.e. the last pass computed the triad.
    public func verify(scalar: Double) -> Bool {
        let expected = 1 + scalar * 2
        return a.buffer.allSatisfy { $0 == expected }
    }
}
