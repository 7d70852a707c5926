import C4SIO
import C4SSparse

extension CSRMatrix {
    /// Builds a CSR matrix from a Matrix Market matrix: symmetric and skew-symmetric storage expanded,
    /// duplicate entries summed (the Matrix Market convention), integers as Float64, pattern entries as 1.
    /// - Throws: `SparseMatrixError.invalidParameter` for complex matrices, `.nonFiniteValue` for NaN or
    ///   infinite values (0-based position).
    public convenience init(matrixMarket m: MatrixMarketMatrix, threads: Int = 1) throws {
        let c = m.expandedCoordinates()
        let values: [Double]
        switch c.values {
        case .real(let v): values = v
        case .integer(let v): values = v.map(Double.init)
        case .pattern: values = [Double](repeating: 1, count: c.count)
        case .complex: throw SparseMatrixError.invalidParameter(name: "field", value: "complex", valid: "real, integer or pattern")
        }
        try self.init(rows: c.rows, columns: c.columns, rowIndices: c.rowIndices, columnIndices: c.columnIndices,
                      values: values, threads: threads)
    }
}
