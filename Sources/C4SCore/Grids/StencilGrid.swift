import Foundation

/// A dense 1-D, 2-D or 3-D grid of Float64 values in row-major order (last dimension fastest).
public struct StencilGrid: Sendable, Equatable {
    /// Points per dimension, slowest first; 1 to 3 entries, each ≥ 1.
    public let dims: [Int]
    /// The values, `dims.reduce(1, *)` of them.
    public var values: [Double]

    /// Creates a grid from values.
    /// - Throws: `GridError` when the rank is not 1-3, a side is < 1, or the count mismatches.
    public init(dims: [Int], values: [Double]) throws {
        try GridError.check(dims: dims)
        guard values.count == dims.reduce(1, *) else {
            throw GridError.countMismatch(dims: dims, count: values.count)
        }
        self.dims = dims
        self.values = values
    }

    /// Generates a grid with the given pattern. The same `dims`, `pattern` and `seed` always give
    /// the same values.
    /// - Throws: `GridError` for invalid dimensions.
    public static func generate(dims: [Int], pattern: GridPattern, seed: UInt64) throws -> StencilGrid {
        try GridError.check(dims: dims)
        let count = dims.reduce(1, *)
        var values = [Double](repeating: 0, count: count)
        let padded = Array(repeating: 1, count: 3 - dims.count) + dims
        let (nz, ny, nx) = (padded[0], padded[1], padded[2])
        switch pattern {
        case .random:
            var rng = SplitMix64(seed: seed)
            for i in 0..<count { values[i] = rng.nextUnit() }
        case .gaussian:
            let sigma = Double(dims.min()!) / 8
            let (cz, cy, cx) = (Double(nz - 1) / 2, Double(ny - 1) / 2, Double(nx - 1) / 2)
            for z in 0..<nz {
                for y in 0..<ny {
                    for x in 0..<nx {
                        let d2 = (Double(z) - cz) * (Double(z) - cz) * (nz > 1 ? 1 : 0)
                            + (Double(y) - cy) * (Double(y) - cy) * (ny > 1 ? 1 : 0)
                            + (Double(x) - cx) * (Double(x) - cx)
                        values[(z * ny + y) * nx + x] = exp(-d2 / (2 * sigma * sigma))
                    }
                }
            }
        case .checkerboard:
            for z in 0..<nz {
                for y in 0..<ny {
                    for x in 0..<nx {
                        values[(z * ny + y) * nx + x] = Double((z / 8 + y / 8 + x / 8) % 2)
                    }
                }
            }
        }
        return try StencilGrid(dims: dims, values: values)
    }
}

