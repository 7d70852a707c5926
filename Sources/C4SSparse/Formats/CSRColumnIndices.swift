import C4SCore

/// The column indices of a `CSRMatrix`: 32-bit when the column count fits, 64-bit otherwise.
public enum CSRColumnIndices: Sendable {
    /// 32-bit indices (4 bytes per nonzero).
    case int32(AlignedBuffer<Int32>)
    /// 64-bit indices (8 bytes per nonzero).
    case int64(AlignedBuffer<Int>)

    /// Bytes per stored index (4 or 8).
    public var bytesPerIndex: Int {
        switch self {
        case .int32: 4
        case .int64: 8
        }
    }

    /// The column of nonzero `k`. - Precondition: `k` is a valid nonzero index (not checked).
    @inlinable public subscript(k: Int) -> Int {
        switch self {
        case .int32(let b): Int(b.pointer[k])
        case .int64(let b): b.pointer[k]
        }
    }
}

/// Which index width a `CSRMatrix` stores.
public enum CSRIndexWidth: Sendable, Equatable {
    /// 32-bit when `columns <= Int32.max`, otherwise 64-bit.
    case automatic
    /// 32-bit (fails for more than `Int32.max` columns).
    case int32
    /// 64-bit.
    case int64
}
