import Foundation

/// Exact areas of the cells of a `GlobalLatLonGrid` on a sphere: a cell between latitudes φ1 < φ2
/// and Δλ wide (radians) has area R²·Δλ·(sin φ2 − sin φ1), so the cells sum to 4πR².
/// All cells of a row have the same area.
public struct SphericalCellArea: Sendable, Equatable {
    /// Mean Earth radius used for areas, 6371 km, in metres.
    public static let earthRadius = 6_371_000.0

    /// The grid.
    public let grid: GlobalLatLonGrid
    /// Sphere radius in metres.
    public let radius: Double
    /// Area of one cell of each row, m², north first; `count == grid.rows`.
    public let rowAreas: [Double]

    /// Computes the cell areas. - Precondition: `radius > 0`.
    public init(grid: GlobalLatLonGrid, radius: Double = SphericalCellArea.earthRadius) {
        precondition(radius > 0, "SphericalCellArea: radius must be positive")
        self.grid = grid
        self.radius = radius
        let width = grid.longitudeStep * .pi / 180
        rowAreas = (0..<grid.rows).map { row in
            let north = grid.northEdge(row: row) * .pi / 180, south = grid.southEdge(row: row) * .pi / 180
            return radius * radius * width * (sin(north) - sin(south))
        }
    }

    /// Area of the cell in a row, m². - Precondition: `0 <= row < grid.rows`.
    public func area(row: Int) -> Double { rowAreas[row] }

    /// Sum of all cell areas, m² (equals 4πR² up to rounding).
    public var total: Double { rowAreas.reduce(0, +) * Double(grid.columns) }

    /// Area integral Σ v·A over the cells whose value is finite and that the mask includes
    /// (every cell when `mask` is nil): for a flux in X m⁻² the result is in X.
    /// - Precondition: `values.count == grid.cellCount` (row-major, north first); the mask is on `grid`.
    public func integral(of values: [Double], mask: GridMask? = nil) -> Double {
        precondition(values.count == grid.cellCount, "SphericalCellArea.integral: \(values.count) values for \(grid.cellCount) cells")
        precondition(mask.map { $0.grid == grid } ?? true, "SphericalCellArea.integral: mask is on another grid")
        var sum = 0.0
        for row in 0..<grid.rows {
            var rowSum = 0.0
            for column in 0..<grid.columns {
                let i = row * grid.columns + column
                guard values[i].isFinite, mask?.includes(i) ?? true else { continue }
                rowSum += values[i]
            }
            sum += rowSum * rowAreas[row]
        }
        return sum
    }

    /// Area of the cells whose value is finite and that the mask includes, m².
    /// - Precondition: as for `integral(of:mask:)`.
    public func coveredArea(of values: [Double], mask: GridMask? = nil) -> Double {
        integral(of: values.map { $0.isFinite ? 1 : .nan }, mask: mask)
    }

    /// Area-weighted mean of the finite values inside the mask, or nil when no cell counts.
    /// - Precondition: as for `integral(of:mask:)`.
    public func mean(of values: [Double], mask: GridMask? = nil) -> Double? {
        let area = coveredArea(of: values, mask: mask)
        return area > 0 ? integral(of: values, mask: mask) / area : nil
    }
}
