import CBLAS

/// Row-major matrix products of a network's batched passes, through OpenBLAS `cblas_dgemm`.
enum BatchedProduct {
    /// C (rows × columns) = A (rows × inner) · B, where B is stored columns × inner when
    /// `transposeRight` (so the product uses Bᵀ) and inner × columns otherwise. Overwrites C.
    static func multiply(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, into c: UnsafeMutablePointer<Double>,
                         rows: Int, inner: Int, columns: Int, transposeRight: Bool) {
        cblas_dgemm(CblasRowMajor, CblasNoTrans, transposeRight ? CblasTrans : CblasNoTrans,
                    Int32(rows), Int32(columns), Int32(inner), 1, a, Int32(inner),
                    b, Int32(transposeRight ? inner : columns), 0, c, Int32(columns))
    }

    /// C (rows × columns) (+)= Aᵀ · B with A stored inner × rows and B inner × columns; adds to C
    /// when `accumulate`, overwrites it otherwise.
    static func multiplyTransposedLeft(_ a: UnsafePointer<Double>, _ b: UnsafePointer<Double>, into c: UnsafeMutablePointer<Double>,
                                       rows: Int, inner: Int, columns: Int, accumulate: Bool) {
        cblas_dgemm(CblasRowMajor, CblasTrans, CblasNoTrans, Int32(rows), Int32(columns), Int32(inner), 1,
                    a, Int32(rows), b, Int32(columns), accumulate ? 1 : 0, c, Int32(columns))
    }
}
