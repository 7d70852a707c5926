/// A named part of a 2-D system's domain, the union of axis-aligned rectangles (system units; a
/// point on a shared edge belongs to the rectangle holding it with its lower bound).
public struct NamedRegion: Sendable, Equatable {
    /// Name used in metric names (e.g. `alpha_r`).
    public let name: String
    /// One-line description (e.g. `αR: φ < 0°, −120° ≤ ψ < 50°`).
    public let summary: String
    /// The rectangles.
    public let rectangles: [PlaneDomain]

    /// A region. - Precondition: at least one rectangle.
    public init(name: String, summary: String, rectangles: [PlaneDomain]) {
        precondition(!rectangles.isEmpty, "NamedRegion needs a rectangle")
        self.name = name
        self.summary = summary
        self.rectangles = rectangles
    }

    /// Whether p lies in the region (half-open rectangles [lower, upper)).
    public func contains(_ p: SIMD2<Double>) -> Bool {
        rectangles.contains { r in
            p.x >= r.x.lowerBound && p.x < r.x.upperBound && p.y >= r.y.lowerBound && p.y < r.y.upperBound
        }
    }

    /// Total probability of each region (in `regions` order) from cell probabilities of `grid`,
    /// a cell counting for the region holding its centre.
    public static func populations(_ regions: [NamedRegion], cellProbabilities: [Double], grid: GridDensity) -> [Double] {
        let xs = grid.xCentres, ys = grid.yCentres
        return regions.map { region in
            var total = 0.0
            for i in 0..<grid.bins {
                for j in 0..<grid.bins where region.contains(SIMD2(xs[i], ys[j])) { total += cellProbabilities[i * grid.bins + j] }
            }
            return total
        }
    }
}
