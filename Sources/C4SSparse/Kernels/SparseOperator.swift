import C4SCore

/// A sparse matrix format that computes y = A·x on its own threads.
///
/// Products by pointer are the fast path (no checks, no allocation); `multiply(_:)` on arrays checks sizes
/// and finiteness. A product must not run concurrently with another product on the same instance (VNEC
/// keeps per-thread scratch buffers).
public protocol SparseOperator: Sendable {
    /// Number of rows (length of y).
    var rows: Int { get }
    /// Number of columns (length of x).
    var columns: Int { get }
    /// Nonzeros of the matrix (explicit padding not counted); a product does 2 · nonzeros flops.
    var nonzeros: Int { get }
    /// Threads a product runs on.
    var threads: Int { get }
    /// Bytes one product moves to and from memory by this format's own count: the stored arrays once,
    /// x read once, y written once.
    var bytesPerProduct: Double { get }
    /// y = A·x. - Precondition: `x` holds `columns` values, `y` holds `rows`, and they do not overlap.
    func multiply(_ x: UnsafePointer<Double>, into y: UnsafeMutablePointer<Double>)
}

extension SparseOperator {
    /// y = A·x for arrays.
    /// - Throws: `SparseMatrixError.dimensionMismatch` when `x.count != columns`, `.nonFiniteVector` for NaN or
    ///   infinite elements of x.
    public func multiply(_ x: [Double]) throws -> [Double] {
        guard x.count == columns else { throw SparseMatrixError.dimensionMismatch(operation: "y = A·x", expected: columns, actual: x.count) }
        if let bad = x.firstIndex(where: { !$0.isFinite }) { throw SparseMatrixError.nonFiniteVector(name: "x", index: bad) }
        let xb = AlignedBuffer(copying: x)
        let yb = AlignedBuffer<Double>(count: max(rows, 1), repeating: 0)
        multiply(xb.pointer, into: yb.pointer)
        return Array(yb.buffer.prefix(rows))
    }
}
