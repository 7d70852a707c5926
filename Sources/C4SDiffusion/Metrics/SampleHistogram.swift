/// Samples binned on the cells of a `GridDensity`: the fraction in each cell (of those inside the
/// domain), the fraction outside the domain, and the fraction in each basin.
public struct SampleHistogram: Sendable, Equatable {
    /// Fraction of in-domain samples per cell (sums to 1 when any sample is inside).
    public let probabilities: [Double]
    /// Fraction of all samples outside the domain.
    public let fractionOutside: Double
    /// Fraction of in-domain samples per basin of the grid.
    public let basinPopulations: [Double]

    /// Bins `points` (count × 2, row-major) on `grid`. - Precondition: at least one point.
    public init(points: [Double], grid: GridDensity) {
        let count = points.count / 2
        precondition(count >= 1, "SampleHistogram needs at least one point")
        var counts = [Double](repeating: 0, count: grid.bins * grid.bins), inside = 0
        for r in 0..<count {
            if let c = grid.cell(of: SIMD2(points[2 * r], points[2 * r + 1])) {
                counts[c] += 1
                inside += 1
            }
        }
        let norm = Double(max(inside, 1))
        probabilities = counts.map { $0 / norm }
        fractionOutside = Double(count - inside) / Double(count)
        var basins = [Double](repeating: 0, count: grid.basinMinima.count)
        for (c, p) in probabilities.enumerated() { basins[grid.basinOfCell[c]] += p }
        basinPopulations = basins
    }
}
