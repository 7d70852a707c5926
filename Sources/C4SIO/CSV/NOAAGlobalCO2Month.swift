import Foundation

/// One month of NOAA's global marine-surface CO2 record (`NOAACO2Monthly.global`). Mole fractions are
/// dry-air ppm (micromol/mol).
public struct NOAAGlobalCO2Month: Sendable, Equatable {
    /// Calendar year, e.g. 1979.
    public let year: Int
    /// Calendar month, 1...12.
    public let month: Int
    /// The middle of the month as a decimal year, e.g. 1979.042.
    public let decimalDate: Double
    /// Monthly mean, ppm; NaN when NOAA marks it missing (negative, -99.99).
    public let average: Double
    /// Uncertainty of the monthly mean, ppm; nil when NOAA marks it missing (negative, -0.99).
    public let averageUncertainty: Double?
    /// Long-term trend (seasonal cycle removed), ppm; NaN when marked missing.
    public let trend: Double
    /// Uncertainty of the trend, ppm; nil when marked missing.
    public let trendUncertainty: Double?

    /// A month of the record; units as the properties state.
    public init(
        year: Int, month: Int, decimalDate: Double, average: Double, averageUncertainty: Double?,
        trend: Double, trendUncertainty: Double?
    ) {
        self.year = year
        self.month = month
        self.decimalDate = decimalDate
        self.average = average
        self.averageUncertainty = averageUncertainty
        self.trend = trend
        self.trendUncertainty = trendUncertainty
    }

    /// Reads `noaa-co2-mm-gl.csv` (or a file of the same layout) in file order. Throws a `CSVError` naming
    /// the file and line for a row without six fields or with an unreadable cell.
    public static func load(from url: URL) throws -> [NOAAGlobalCO2Month] {
        let table = try NOAACO2Monthly.global.read(url)
        let dates = try table.strings(column: "date")
        let decimalDates = try table.doubles(column: "decimal_date")
        let averages = try table.doubles(column: "average")
        let averageUncertainties = try table.doubles(column: "average_unc")
        let trends = try table.doubles(column: "trend")
        let trendUncertainties = try table.doubles(column: "trend_unc")
        return try (0..<table.rowCount).map { row in
            let (year, month) = try NOAAYearMonth.parse(row: row, of: table, dates: dates)
            return NOAAGlobalCO2Month(
                year: year, month: month, decimalDate: decimalDates[row],
                average: NOAAMissingValues.moleFraction(averages[row]),
                averageUncertainty: NOAAMissingValues.spread(averageUncertainties[row]),
                trend: NOAAMissingValues.moleFraction(trends[row]),
                trendUncertainty: NOAAMissingValues.spread(trendUncertainties[row]))
        }
    }
}
