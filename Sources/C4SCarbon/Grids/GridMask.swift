/// A set of cells of a `GlobalLatLonGrid` (a region): ocean or land, a latitude band, or where a
/// field has values. Masks combine by intersection.
public struct GridMask: Sendable, Equatable {
    /// The grid.
    public let grid: GlobalLatLonGrid
    /// Whether each cell is in the region, row-major, north first; `count == grid.cellCount`.
    public let included: [Bool]

    /// Creates a mask. - Precondition: `included.count == grid.cellCount`.
    public init(grid: GlobalLatLonGrid, included: [Bool]) {
        precondition(included.count == grid.cellCount, "GridMask: \(included.count) flags for \(grid.cellCount) cells")
        self.grid = grid
        self.included = included
    }

    /// Cells whose centre latitude lies in `band` (degrees north).
    public static func latitudeBand(_ band: ClosedRange<Double>, grid: GlobalLatLonGrid) -> GridMask {
        var included = [Bool](repeating: false, count: grid.cellCount)
        for row in 0..<grid.rows where band.contains(grid.centreLatitude(row: row)) {
            for column in 0..<grid.columns { included[row * grid.columns + column] = true }
        }
        return GridMask(grid: grid, included: included)
    }

    /// Cells where `values` is finite (e.g. the ocean cells a climatology covers).
    /// - Precondition: `values.count == grid.cellCount`.
    public static func finite(_ values: [Double], grid: GlobalLatLonGrid) -> GridMask {
        GridMask(grid: grid, included: values.map(\.isFinite))
    }

    /// Ocean cells from a land-proportion field (0 = all water, 1 = all land, row-major north first):
    /// cells whose land proportion is finite and below `maximumLandProportion`.
    /// - Precondition: `landProportion.count == grid.cellCount`.
    public static func ocean(landProportion: [Double], grid: GlobalLatLonGrid, maximumLandProportion: Double = 0.5) -> GridMask {
        GridMask(grid: grid, included: landProportion.map { $0.isFinite && $0 < maximumLandProportion })
    }

    /// Land cells: the complement of `ocean(landProportion:grid:maximumLandProportion:)` among finite values.
    /// - Precondition: `landProportion.count == grid.cellCount`.
    public static func land(landProportion: [Double], grid: GlobalLatLonGrid, maximumLandProportion: Double = 0.5) -> GridMask {
        GridMask(grid: grid, included: landProportion.map { $0.isFinite && $0 >= maximumLandProportion })
    }

    /// Whether the cell at a row-major index is in the region.
    public func includes(_ index: Int) -> Bool { included[index] }

    /// Number of cells in the region.
    public var count: Int { included.reduce(0) { $0 + ($1 ? 1 : 0) } }

    /// Cells in both masks. - Precondition: both are on the same grid.
    public func intersection(_ other: GridMask) -> GridMask {
        precondition(grid == other.grid, "GridMask.intersection: masks are on different grids")
        return GridMask(grid: grid, included: zip(included, other.included).map { $0 && $1 })
    }
}
