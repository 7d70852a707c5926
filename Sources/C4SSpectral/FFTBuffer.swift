import CFFTW

/// A fixed-size array of doubles allocated with `fftw_malloc`, so that it has the SIMD alignment FFTW's
/// fastest codelets need and every buffer has the same alignment as the arrays a plan was made with.
///
/// Complex data is stored interleaved: element k is `(re, im) = (buffer[2k], buffer[2k + 1])`.
/// `@unchecked Sendable`: no locking; callers guarantee that concurrent writers touch disjoint elements and
/// that no one reads what another thread writes. Memory is freed with `fftw_free` when the buffer is released.
public final class FFTBuffer: @unchecked Sendable {
    /// Number of doubles (twice the number of complex values for complex data).
    public let count: Int
    /// First double; valid for `count` elements while the buffer lives.
    public let pointer: UnsafeMutablePointer<Double>

    /// Allocates `count` doubles, all zero. - Precondition: `count >= 0`; aborts when memory is exhausted.
    public init(count: Int) {
        precondition(count >= 0, "FFTBuffer count must be >= 0")
        guard let raw = fftw_malloc(max(count, 1) * MemoryLayout<Double>.stride) else {
            fatalError("fftw_malloc could not allocate \(count) doubles")
        }
        self.count = count
        pointer = raw.bindMemory(to: Double.self, capacity: max(count, 1))
        pointer.initialize(repeating: 0, count: count)
    }

    deinit {
        fftw_free(pointer)
    }

    /// The double at `i`. - Precondition: `0 <= i < count` (not checked in release builds).
    @inlinable public subscript(i: Int) -> Double {
        get { pointer[i] }
        set { pointer[i] = newValue }
    }

    /// The doubles as a buffer pointer (valid while the buffer lives).
    public var buffer: UnsafeMutableBufferPointer<Double> {
        UnsafeMutableBufferPointer(start: pointer, count: count)
    }

    /// The same memory as FFTW's interleaved complex type, for the execute calls.
    var complexPointer: UnsafeMutablePointer<fftw_complex> {
        UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: fftw_complex.self)
    }
}
