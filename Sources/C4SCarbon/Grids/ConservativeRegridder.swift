import Foundation

/// First-order conservative (area-weighted) regridding between two latitude/longitude grids given by their
/// cell edges, e.g. 1° ↔ 2°. A target cell's value is the mean of the source values over its area, each
/// source cell weighted by the area of its overlap on the sphere (R²·Δλ·Δsin φ); cells without a finite
/// value (land, missing) are left out, and `coveredFraction` says how much of the target cell had data,
/// so Σ value·fraction·area over the target equals Σ value·area over the source wherever the grids overlap.
/// Longitudes are periodic (any 360° window on either side); latitudes outside the other grid get no data.
public struct ConservativeRegridder: Sendable {
    /// Source rows and columns.
    public let sourceShape: (rows: Int, columns: Int)
    /// Target rows and columns.
    public let targetShape: (rows: Int, columns: Int)
    /// For each target row: (source row, overlap in sin φ).
    private let rowWeights: [[(Int, Double)]]
    /// For each target column: (source column, overlap in degrees of longitude).
    private let columnWeights: [[(Int, Double)]]
    /// Target cell extent in sin φ (per row) and degrees (per column).
    private let targetRowExtent: [Double]
    private let targetColumnExtent: [Double]

    /// A regridder between grids given by edges in degrees: latitude edges strictly decreasing (north first,
    /// rows + 1 values within ±90), longitude edges strictly increasing (columns + 1 values spanning ≤ 360°).
    /// - Precondition: at least one cell on each grid; edges monotone as stated.
    public init(sourceLatitudeEdges: [Double], sourceLongitudeEdges: [Double],
                targetLatitudeEdges: [Double], targetLongitudeEdges: [Double]) {
        for edges in [sourceLatitudeEdges, targetLatitudeEdges] {
            precondition(edges.count >= 2 && zip(edges, edges.dropFirst()).allSatisfy { $0 > $1 } && edges.allSatisfy { abs($0) <= 90 },
                         "ConservativeRegridder: latitude edges must decrease from north to south within ±90")
        }
        for edges in [sourceLongitudeEdges, targetLongitudeEdges] {
            precondition(edges.count >= 2 && zip(edges, edges.dropFirst()).allSatisfy { $0 < $1 } && edges.last! - edges.first! <= 360 + 1e-9,
                         "ConservativeRegridder: longitude edges must increase and span at most 360°")
        }
        sourceShape = (sourceLatitudeEdges.count - 1, sourceLongitudeEdges.count - 1)
        targetShape = (targetLatitudeEdges.count - 1, targetLongitudeEdges.count - 1)
        let sine = { (d: Double) in sin(d * .pi / 180) }
        rowWeights = (0..<targetShape.rows).map { t in
            let (north, south) = (targetLatitudeEdges[t], targetLatitudeEdges[t + 1])
            return (0..<sourceLatitudeEdges.count - 1).compactMap { s in
                let top = min(north, sourceLatitudeEdges[s]), bottom = max(south, sourceLatitudeEdges[s + 1])
                return top > bottom ? (s, sine(top) - sine(bottom)) : nil
            }
        }
        columnWeights = (0..<targetShape.columns).map { t in
            let (west, east) = (targetLongitudeEdges[t], targetLongitudeEdges[t + 1])
            return (0..<sourceLongitudeEdges.count - 1).compactMap { s in
                var overlap = 0.0
                for shift in [-360.0, 0, 360] {
                    let a = max(west, sourceLongitudeEdges[s] + shift), b = min(east, sourceLongitudeEdges[s + 1] + shift)
                    if b > a { overlap += b - a }
                }
                return overlap > 0 ? (s, overlap) : nil
            }
        }
        targetRowExtent = (0..<targetShape.rows).map { sine(targetLatitudeEdges[$0]) - sine(targetLatitudeEdges[$0 + 1]) }
        targetColumnExtent = (0..<targetShape.columns).map { targetLongitudeEdges[$0 + 1] - targetLongitudeEdges[$0] }
    }

    /// A regridder between two global grids.
    public init(from source: GlobalLatLonGrid, to target: GlobalLatLonGrid) {
        self.init(sourceLatitudeEdges: source.latitudeEdges, sourceLongitudeEdges: source.longitudeEdges,
                  targetLatitudeEdges: target.latitudeEdges, targetLongitudeEdges: target.longitudeEdges)
    }

    /// Regrids one field (row-major, north first, NaN where no value).
    /// - Returns: target values (NaN where no source cell with a value overlaps) and, per target cell, the
    ///   fraction of its area covered by source cells with a value (0 … 1).
    /// - Precondition: `values.count == sourceShape.rows * sourceShape.columns`.
    public func regrid(_ values: [Double]) -> (values: [Double], coveredFraction: [Double]) {
        precondition(values.count == sourceShape.rows * sourceShape.columns,
                     "ConservativeRegridder: \(values.count) values for a \(sourceShape.rows)x\(sourceShape.columns) source")
        var out = [Double](repeating: .nan, count: targetShape.rows * targetShape.columns)
        var fraction = [Double](repeating: 0, count: out.count)
        for t in 0..<targetShape.rows {
            for u in 0..<targetShape.columns {
                var sum = 0.0, area = 0.0
                for (s, wy) in rowWeights[t] {
                    for (c, wx) in columnWeights[u] {
                        let v = values[s * sourceShape.columns + c]
                        guard v.isFinite else { continue }
                        sum += v * wy * wx
                        area += wy * wx
                    }
                }
                let i = t * targetShape.columns + u
                fraction[i] = area / (targetRowExtent[t] * targetColumnExtent[u])
                if area > 0 { out[i] = sum / area }
            }
        }
        return (out, fraction)
    }
}
