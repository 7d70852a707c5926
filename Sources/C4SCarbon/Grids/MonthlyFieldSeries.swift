import Foundation

/// A monthly time series of maps on a global grid: one map per calendar month, each row-major, north first,
/// NaN where there is no value; the time axis is the first day of each month.
public struct MonthlyFieldSeries: Sendable {
    /// CF units of `timeValues`.
    public static let timeUnits = "days since 1970-01-01 00:00:00"

    /// Variable name.
    public let name: String
    /// Units of the values.
    public let units: String
    /// The grid.
    public let grid: GlobalLatLonGrid
    /// (year, month 1…12) of each map, in order.
    public let months: [YearMonth]
    /// The maps; `maps.count == months.count`, each `grid.cellCount` long.
    public let maps: [[Double]]

    /// A series. - Precondition: one map per month, each of `grid.cellCount` values.
    public init(name: String, units: String, grid: GlobalLatLonGrid, months: [YearMonth], maps: [[Double]]) {
        precondition(maps.count == months.count && maps.allSatisfy { $0.count == grid.cellCount },
                     "MonthlyFieldSeries \(name): \(maps.count) maps for \(months.count) months of \(grid.cellCount) cells")
        self.name = name
        self.units = units
        self.grid = grid
        self.months = months
        self.maps = maps
    }

    /// The first day of each month in `timeUnits` (days since 1970-01-01, proleptic Gregorian).
    public var timeValues: [Double] { months.map { Double($0.daysSince1970) } }
}

/// A calendar month.
public struct YearMonth: Sendable, Hashable, Comparable {
    /// Calendar year.
    public let year: Int
    /// Month 1…12.
    public let month: Int

    /// A month. - Precondition: `1...12 ~= month`.
    public init(year: Int, month: Int) {
        precondition((1...12).contains(month), "YearMonth: month \(month) outside 1...12")
        self.year = year
        self.month = month
    }

    /// Days from 1970-01-01 to the first day of this month (proleptic Gregorian calendar).
    public var daysSince1970: Int {
        // Days from civil (H. Hinnant's algorithm), shifted so that 1970-01-01 is day 0.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Ordered by year, then month.
    public static func < (a: YearMonth, b: YearMonth) -> Bool { (a.year, a.month) < (b.year, b.month) }
}
