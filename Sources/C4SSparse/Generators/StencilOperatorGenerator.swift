import C4SCore

/// The one-step operator of a constant-coefficient stencil on a regular grid of rank 1-3, as a CSR matrix
/// in natural ordering (row-major, slowest axis first, x fastest), and the halo contribution of Dirichlet edges.
///
/// One stencil step u'[p] = Σ_t w_t · u[p + o_t] becomes u' = A·u + b: row p of A holds w_t at the column of
/// p + o_t for every tap whose neighbour lies inside the grid (periodic: every tap, its neighbour wrapped
/// around each axis; taps that wrap onto the same column are summed), and b[p] = v · Σ w_t over the taps
/// whose neighbour lies outside (Dirichlet halo value v; b = 0 for periodic boundaries).
/// Taps with weight 0 store nothing.
public enum StencilOperatorGenerator {
    /// What lies beyond the grid's edges.
    public enum Boundary: Sendable, Equatable {
        /// Points outside the grid hold this fixed value (dimensionless, finite).
        case dirichlet(Double)
        /// The grid wraps around on every axis.
        case periodic
    }

    /// A stencil operator: the matrix and the constant halo term of one step.
    public struct Operator: Sendable {
        /// A: rows = columns = the number of grid points.
        public let matrix: CSRMatrix
        /// b: one value per row, the Dirichlet halo's contribution (all zero for periodic boundaries).
        public let haloContribution: [Double]
    }

    /// Builds the operator of the stencil with taps (`offsets[t]`, `weights[t]`) on a grid of `dims` points.
    /// - Parameters:
    ///   - dims: points per axis, slowest first (1 to 3 axes, each >= 1); rows = their product.
    ///   - offsets: one offset per tap, each with `dims.count` components in points, slowest axis first.
    ///   - weights: one finite weight per tap (dimensionless).
    ///   - boundary: Dirichlet with a fixed halo value, or periodic.
    ///   - threads: threads that fill the matrix and run its products (>= 1).
    /// - Throws: `SparseMatrixError.invalidParameter` for a rank outside 1...3, a side below 1, an offset of the
    ///   wrong length, a count mismatch, a NaN or infinite weight or halo value, more than `Int32.max` points, or
    ///   threads < 1.
    public static func generate(dims: [Int], offsets: [[Int]], weights: [Double], boundary: Boundary,
                                threads: Int = 1) throws -> Operator {
        try validate(dims: dims, offsets: offsets, weights: weights, boundary: boundary, threads: threads)
        let sides = Array(repeating: 1, count: 3 - dims.count) + dims
        let grid = Grid(z: sides[0], y: sides[1], x: sides[2])
        let taps = zip(offsets, weights).filter { $0.1 != 0 }.map { offset, weight in
            let o = Array(repeating: 0, count: 3 - offset.count) + offset
            return Tap(dz: o[0], dy: o[1], dx: o[2], weight: weight)
        }
        let rows = dims.reduce(1, *)
        let periodic = boundary == .periodic
        let counts = AlignedBuffer<Int>(count: rows + 1, repeating: 0)
        ParallelFor.chunks(count: rows, workers: threads) { _, range in
            var scratch = RowScratch(capacity: taps.count)
            for r in range { counts[r + 1] = scratch.fill(row: r, grid: grid, taps: taps, periodic: periodic).entries }
        }
        for r in 0..<rows { counts[r + 1] += counts[r] }
        let nonzeros = counts[rows]
        let columns = AlignedBuffer<Int32>(count: nonzeros, repeating: 0)
        let values = AlignedBuffer<Double>(count: nonzeros, repeating: 0)
        let outside = AlignedBuffer<Double>(count: rows, repeating: 0)
        ParallelFor.chunks(count: rows, workers: threads) { _, range in
            var scratch = RowScratch(capacity: taps.count)
            for r in range {
                let filled = scratch.fill(row: r, grid: grid, taps: taps, periodic: periodic)
                let k0 = counts[r]
                for e in 0..<filled.entries {
                    columns[k0 + e] = Int32(scratch.columns[e])
                    values[k0 + e] = scratch.weights[e]
                }
                outside[r] = filled.outsideWeight
            }
        }
        let halo: [Double]
        if case .dirichlet(let value) = boundary { halo = (0..<rows).map { value * outside[$0] } } else {
            halo = [Double](repeating: 0, count: rows)
        }
        let matrix = CSRMatrix(rows: rows, columns: rows, rowPointers: counts, columnIndices: .int32(columns),
                               values: values, threads: threads)
        return Operator(matrix: matrix, haloContribution: halo)
    }

    private static func validate(dims: [Int], offsets: [[Int]], weights: [Double], boundary: Boundary, threads: Int) throws {
        guard (1...3).contains(dims.count) else {
            throw SparseMatrixError.invalidParameter(name: "stencil grid rank", value: "\(dims.count)", valid: "1, 2 or 3 axes")
        }
        if let bad = dims.first(where: { $0 < 1 }) {
            throw SparseMatrixError.invalidParameter(name: "stencil grid side", value: "\(bad)", valid: "at least 1 point per axis")
        }
        let points = dims.reduce(1) { $0.multipliedReportingOverflow(by: $1).overflow ? Int.max : $0 * $1 }
        guard points <= Int(Int32.max) else {
            throw SparseMatrixError.invalidParameter(name: "stencil grid", value: dims.map(String.init).joined(separator: "x"),
                                                     valid: "at most \(Int32.max) points (32-bit column indices)")
        }
        guard offsets.count == weights.count else {
            throw SparseMatrixError.invalidParameter(name: "stencil taps", value: "\(offsets.count) offsets, \(weights.count) weights",
                                                     valid: "one weight per offset")
        }
        if let t = offsets.firstIndex(where: { $0.count != dims.count }) {
            throw SparseMatrixError.invalidParameter(name: "stencil offset \(t)", value: "\(offsets[t])",
                                                     valid: "\(dims.count) components, one per grid axis")
        }
        if let t = weights.firstIndex(where: { !$0.isFinite }) {
            throw SparseMatrixError.invalidParameter(name: "stencil weight \(t)", value: "\(weights[t])", valid: "a finite number")
        }
        if case .dirichlet(let value) = boundary, !value.isFinite {
            throw SparseMatrixError.invalidParameter(name: "Dirichlet halo value", value: "\(value)", valid: "a finite number")
        }
        guard threads >= 1 else { throw SparseMatrixError.invalidParameter(name: "threads", value: "\(threads)", valid: "at least 1") }
    }

    /// A tap with its offset padded to three axes (points along z, y, x).
    private struct Tap: Sendable {
        let dz: Int, dy: Int, dx: Int
        let weight: Double
    }

    /// Points per axis, padded to three axes.
    private struct Grid: Sendable {
        let z: Int, y: Int, x: Int

        /// The index along an axis of `n` points of `i`, wrapped when `periodic`; nil outside a non-periodic axis.
        @inline(__always)
        static func index(_ i: Int, _ n: Int, periodic: Bool) -> Int? {
            if periodic { return (i % n + n) % n }
            return i >= 0 && i < n ? i : nil
        }
    }

    /// One row's entries, sorted by column with coinciding columns summed.
    private struct RowScratch {
        var columns: [Int]
        var weights: [Double]

        init(capacity: Int) {
            columns = [Int](repeating: 0, count: capacity)
            weights = [Double](repeating: 0, count: capacity)
        }

        /// Fills the entries of row `row`; returns their count and the summed weight of taps outside the grid.
        mutating func fill(row: Int, grid: Grid, taps: [Tap], periodic: Bool) -> (entries: Int, outsideWeight: Double) {
            let (z, y, x) = (row / (grid.y * grid.x), row / grid.x % grid.y, row % grid.x)
            var entries = 0, outside = 0.0
            for tap in taps {
                guard let zz = Grid.index(z + tap.dz, grid.z, periodic: periodic),
                      let yy = Grid.index(y + tap.dy, grid.y, periodic: periodic),
                      let xx = Grid.index(x + tap.dx, grid.x, periodic: periodic) else {
                    outside += tap.weight
                    continue
                }
                let column = (zz * grid.y + yy) * grid.x + xx
                // Insertion into the sorted prefix, summing a coinciding column.
                var e = entries
                while e > 0 && columns[e - 1] > column { e -= 1 }
                if e > 0 && columns[e - 1] == column {
                    weights[e - 1] += tap.weight
                    continue
                }
                var m = entries
                while m > e {
                    columns[m] = columns[m - 1]
                    weights[m] = weights[m - 1]
                    m -= 1
                }
                columns[e] = column
                weights[e] = tap.weight
                entries += 1
            }
            return (entries, outside)
        }
    }
}
