import C4SCore

/// The finite-difference Laplacian with Dirichlet boundaries on a regular grid, as a symmetric positive
/// definite CSR matrix in natural (x fastest) ordering.
///
/// 2-D: 5-point, diagonal 4, neighbours -1, n² rows. 3-D: 7-point, diagonal 6, neighbours -1, n³ rows.
/// Neighbours outside the grid are dropped (Dirichlet zero), so boundary rows have fewer nonzeros.
public enum PoissonGenerator {
    /// The 2-D 5-point operator on an n × n grid.
    /// - Throws: `SparseMatrixError.invalidParameter` unless 1 <= n and n² fits 32-bit indices.
    public static func poisson2D(n: Int, threads: Int = 1) throws -> CSRMatrix {
        try laplacian(dims: [n, n], threads: threads, name: "poisson2d n")
    }

    /// The 3-D 7-point operator on an n × n × n grid.
    /// - Throws: `SparseMatrixError.invalidParameter` unless 1 <= n and n³ fits 32-bit indices.
    public static func poisson3D(n: Int, threads: Int = 1) throws -> CSRMatrix {
        try laplacian(dims: [n, n, n], threads: threads, name: "poisson3d n")
    }

    private static func laplacian(dims: [Int], threads: Int, name: String) throws -> CSRMatrix {
        let n = dims[0]
        let limit = dims.count == 2 ? 46340 : 1290  // largest n with n^rank <= Int32.max
        guard n >= 1, n <= limit else {
            throw SparseMatrixError.invalidParameter(name: name, value: "\(n)", valid: "an integer from 1 to \(limit)")
        }
        guard threads >= 1 else { throw SparseMatrixError.invalidParameter(name: "threads", value: "\(threads)", valid: "at least 1") }
        let rows = dims.reduce(1, *)
        let stencil = 2 * dims.count + 1
        let pointers = AlignedBuffer<Int>(count: rows + 1, repeating: 0)
        let columns = AlignedBuffer<Int32>(count: rows * stencil, repeating: 0)
        let values = AlignedBuffer<Double>(count: rows * stencil, repeating: 0)
        // Offsets in ascending column order: -n², -n, -1, 0, +1, +n, +n² (3-D) or -n, -1, 0, +1, +n (2-D).
        let strides = dims.count == 2 ? [n, 1] : [n * n, n, 1]
        var k = 0
        for r in 0..<rows {
            func coordinate(_ stride: Int) -> Int { (r / stride) % n }
            for s in strides where coordinate(s) > 0 {
                columns[k] = Int32(r - s); values[k] = -1; k += 1
            }
            columns[k] = Int32(r); values[k] = Double(2 * dims.count); k += 1
            for s in strides.reversed() where coordinate(s) < n - 1 {
                columns[k] = Int32(r + s); values[k] = -1; k += 1
            }
            pointers[r + 1] = k
        }
        return CSRMatrix(rows: rows, columns: rows, rowPointers: pointers, columnIndices: .int32(columns),
                         values: values, threads: threads)
    }
}
