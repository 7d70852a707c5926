/// Cell-by-cell agreement of two maps over the cells where both are finite (unweighted by area):
/// Pearson correlation, root-mean-square and mean difference.
public struct MapComparison: Sendable, Equatable {
    /// Cells compared.
    public let cells: Int
    /// Pearson correlation coefficient (NaN when fewer than two cells or a map is constant).
    public let correlation: Double
    /// √(mean((a − b)²)), in the maps' unit.
    public let rmsDifference: Double
    /// mean(a − b), in the maps' unit.
    public let meanDifference: Double

    /// Compares `a` with the reference `b`. - Precondition: `a.count == b.count`.
    public init(_ a: [Double], reference b: [Double]) {
        precondition(a.count == b.count, "MapComparison: maps of \(a.count) and \(b.count) cells")
        var n = 0.0, sa = 0.0, sb = 0.0
        for (x, y) in zip(a, b) where x.isFinite && y.isFinite {
            n += 1
            sa += x
            sb += y
        }
        let ma = sa / n, mb = sb / n
        var saa = 0.0, sbb = 0.0, sab = 0.0, sdd = 0.0
        for (x, y) in zip(a, b) where x.isFinite && y.isFinite {
            saa += (x - ma) * (x - ma)
            sbb += (y - mb) * (y - mb)
            sab += (x - ma) * (y - mb)
            sdd += (x - y) * (x - y)
        }
        cells = Int(n)
        correlation = n >= 2 ? sab / (saa * sbb).squareRoot() : .nan
        rmsDifference = n > 0 ? (sdd / n).squareRoot() : .nan
        meanDifference = n > 0 ? ma - mb : .nan
    }
}
