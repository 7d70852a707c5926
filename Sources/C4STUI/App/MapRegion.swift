import C4SCore
import Foundation

/// A box of grid cells drawn on the map, both corners included, and what a field holds inside it.
public struct MapRegion: Sendable, Equatable {
    /// Grid rows (north-first) covered by the box.
    public let rows: ClosedRange<Int>
    /// Grid columns (west-first) covered by the box.
    public let columns: ClosedRange<Int>

    /// The box spanned by two corner cells, in either order.
    public init(corner a: (row: Int, column: Int), corner b: (row: Int, column: Int)) {
        rows = min(a.row, b.row)...max(a.row, b.row)
        columns = min(a.column, b.column)...max(a.column, b.column)
    }

    /// Mean radius of the Earth, km: the 6371 km of `SphericalCellArea` (C4SCarbon), which does the
    /// same for whole global grids; a map's field may cover only a region.
    public static let earthRadiusKm = 6371.0

    /// What a field holds over the box.
    public struct Summary: Sendable, Equatable {
        /// Area-weighted mean of the cells that have a value, in the field's units; nil when none has.
        public let mean: Double?
        /// Cells of the box that have a value.
        public let cellsWithValue: Int
        /// Cells in the box.
        public let cells: Int
        /// Area of the box on a sphere of `earthRadiusKm`, km², whether or not its cells have values.
        public let areaKm2: Double
    }

    /// The box over `field`: each cell's area is R²·Δλ·(sin φ_north − sin φ_south), its edges half
    /// way to the neighbouring centres (at the grid's ends as far out as inside; latitudes at most
    /// ±90°; a single row spans the globe north to south, a single column all 360°).
    /// - Precondition: the box lies inside the field's grid.
    public func summary(of field: LatLonField) -> Summary {
        precondition(rows.upperBound < field.rows && columns.upperBound < field.columns, "region outside the grid")
        let widths = columns.map { c in
            field.columns > 1 ? abs(Self.edges(field.longitudes, c).1 - Self.edges(field.longitudes, c).0) * .pi / 180 : 2 * .pi
        }
        var area = 0.0, weighted = 0.0, weight = 0.0, withValue = 0
        for r in rows {
            let (a, b) = field.rows > 1 ? Self.edges(field.latitudes, r) : (90, -90)
            let (north, south) = (min(max(a, -90), 90), min(max(b, -90), 90))
            let band = Self.earthRadiusKm * Self.earthRadiusKm * abs(sin(north * .pi / 180) - sin(south * .pi / 180))
            for (i, c) in columns.enumerated() {
                let cellArea = band * widths[i]
                area += cellArea
                let v = field.value(row: r, column: c)
                guard v.isFinite else { continue }
                weighted += cellArea * v
                weight += cellArea
                withValue += 1
            }
        }
        return Summary(mean: weight > 0 ? weighted / weight : nil, cellsWithValue: withValue,
                       cells: rows.count * columns.count, areaKm2: area)
    }

    /// The two edges of cell `i` of monotonic centres, each half way to the neighbour (at the ends,
    /// as far out as inside). - Precondition: at least two centres.
    static func edges(_ centres: [Double], _ i: Int) -> (Double, Double) {
        let before = i > 0 ? (centres[i - 1] + centres[i]) / 2 : centres[i] - (centres[i + 1] - centres[i]) / 2
        let after = i < centres.count - 1 ? (centres[i] + centres[i + 1]) / 2 : centres[i] + (centres[i] - centres[i - 1]) / 2
        return (before, after)
    }
}
