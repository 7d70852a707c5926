import Foundation

/// A 2-D field on a latitude/longitude grid: one time step of one variable, with NaN where there
/// is no value (land, ice, missing). Rows are stored north to south, columns west to east.
public struct LatLonField: Sendable, Equatable {
    /// Variable name (e.g. `pCO2_sw`).
    public let name: String
    /// Units as the file gives them.
    public let units: String
    /// Cell-centre latitudes in degrees north, strictly decreasing (north first); `count == rows`.
    public let latitudes: [Double]
    /// Cell-centre longitudes in degrees east, strictly increasing; `count == columns`.
    public let longitudes: [Double]
    /// Values, row-major, `latitudes.count × longitudes.count`.
    public let values: [Double]
    /// What time this slice is (e.g. "2010-01" or "month 1 of 12").
    public let timeLabel: String

    /// Creates a field, putting rows north-first and columns west-first whatever the input order.
    /// - Precondition: `values.count == latitudes.count * longitudes.count`.
    public init(name: String, units: String, latitudes: [Double], longitudes: [Double], values: [Double], timeLabel: String) {
        precondition(values.count == latitudes.count * longitudes.count, "LatLonField \(name): values do not fill the grid")
        let rowOrder = latitudes.indices.sorted { latitudes[$0] > latitudes[$1] }
        let columnOrder = longitudes.indices.sorted { longitudes[$0] < longitudes[$1] }
        var ordered = [Double](repeating: .nan, count: values.count)
        for (r, sr) in rowOrder.enumerated() {
            for (c, sc) in columnOrder.enumerated() { ordered[r * longitudes.count + c] = values[sr * longitudes.count + sc] }
        }
        self.name = name
        self.units = units
        self.latitudes = rowOrder.map { latitudes[$0] }
        self.longitudes = columnOrder.map { longitudes[$0] }
        self.values = ordered
        self.timeLabel = timeLabel
    }

    /// Rows (latitudes).
    public var rows: Int { latitudes.count }
    /// Columns (longitudes).
    public var columns: Int { longitudes.count }

    /// The value at a grid cell (NaN where missing).
    public func value(row: Int, column: Int) -> Double {
        values[row * columns + column]
    }

    /// Smallest and largest finite value, or nil when every value is missing.
    public var finiteRange: ClosedRange<Double>? {
        var lo = Double.infinity, hi = -Double.infinity
        for v in values where v.isFinite {
            lo = min(lo, v)
            hi = max(hi, v)
        }
        return lo <= hi ? lo...hi : nil
    }

    /// Area-weighted mean of the finite values in a block of rows and columns (cell area ∝ cos φ
    /// on a regular grid), and the number of cells that had a value. Nil when none had.
    public func areaMean(rows: Range<Int>, columns: Range<Int>) -> (mean: Double, cells: Int)? {
        var sum = 0.0, weight = 0.0, cells = 0
        for r in rows.clamped(to: 0..<self.rows) {
            let w = cos(latitudes[r] * .pi / 180)
            for c in columns.clamped(to: 0..<self.columns) {
                let v = values[r * self.columns + c]
                guard v.isFinite else { continue }
                sum += w * v
                weight += w
                cells += 1
            }
        }
        return weight > 0 ? (sum / weight, cells) : nil
    }
}
