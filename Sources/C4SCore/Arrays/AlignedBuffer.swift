/// A fixed-size, 64-byte-aligned buffer of trivial elements that kernels on several threads may
/// read and write, each thread touching its own disjoint part.
///
/// `@unchecked Sendable`: the buffer does no locking. Callers guarantee that concurrent writers
/// use disjoint index ranges (as `ParallelFor.chunks` hands out) and that readers do not overlap
/// writers. Memory is freed when the buffer is released.
public final class AlignedBuffer<Element: BitwiseCopyable>: @unchecked Sendable {
    /// Number of elements.
    public let count: Int
    /// First element; valid for `count` elements while the buffer lives.
    public let pointer: UnsafeMutablePointer<Element>

    /// Allocates `count` elements, each set to `value`. - Precondition: `count >= 0`.
    public init(count: Int, repeating value: Element) {
        precondition(count >= 0, "AlignedBuffer count must be >= 0")
        self.count = count
        let raw = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * MemoryLayout<Element>.stride, alignment: 64)
        pointer = raw.bindMemory(to: Element.self, capacity: max(count, 1))
        pointer.initialize(repeating: value, count: count)
    }

    /// Allocates `count` elements and lets `initializer` write them, for buffers filled once (no zeroing
    /// pass before). - Precondition: `count >= 0`; `initializer` writes every one of the `count` elements.
    public init(count: Int, initializingWith initializer: (UnsafeMutablePointer<Element>) -> Void) {
        precondition(count >= 0, "AlignedBuffer count must be >= 0")
        self.count = count
        let raw = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * MemoryLayout<Element>.stride, alignment: 64)
        pointer = raw.bindMemory(to: Element.self, capacity: max(count, 1))
        initializer(pointer)
    }

    /// Allocates a buffer holding a copy of `values`.
    public init(copying values: [Element]) {
        count = values.count
        let raw = UnsafeMutableRawPointer.allocate(byteCount: max(count, 1) * MemoryLayout<Element>.stride, alignment: 64)
        pointer = raw.bindMemory(to: Element.self, capacity: max(count, 1))
        values.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { pointer.initialize(from: base, count: count) }
        }
    }

    deinit {
        pointer.deallocate()
    }

    /// The element at `i`. - Precondition: `0 <= i < count` (not checked in release builds).
    @inlinable public subscript(i: Int) -> Element {
        get { pointer[i] }
        set { pointer[i] = newValue }
    }

    /// The elements as a buffer pointer (valid while the buffer lives).
    public var buffer: UnsafeMutableBufferPointer<Element> {
        UnsafeMutableBufferPointer(start: pointer, count: count)
    }

    /// A copy of the elements as an array.
    public var array: [Element] {
        Array(buffer)
    }
}
