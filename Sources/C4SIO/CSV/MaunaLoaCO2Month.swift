import Foundation

/// One month of NOAA's Mauna Loa CO2 record (`NOAACO2Monthly.maunaLoa`). Mole fractions are ppm
/// (micromol/mol).
public struct MaunaLoaCO2Month: Sendable, Equatable {
    /// Calendar year, e.g. 1958.
    public let year: Int
    /// Calendar month, 1...12.
    public let month: Int
    /// The middle of the month as a decimal year, e.g. 1958.2027.
    public let decimalDate: Double
    /// Monthly mean, ppm; NaN when NOAA marks it missing (negative, -99.99).
    public let average: Double
    /// Monthly mean with the average seasonal cycle removed, ppm; NaN when marked missing.
    public let deseasonalized: Double
    /// Number of days with data in the month; nil when NOAA marks it missing (-1, as in the early record).
    public let daysWithData: Int?
    /// Standard deviation of the daily means, ppm; nil when marked missing (-9.99).
    public let dailyStandardDeviation: Double?
    /// Uncertainty of the monthly mean, ppm; nil when marked missing (-0.99).
    public let uncertainty: Double?

    /// A month of the record; units as the properties state.
    public init(
        year: Int, month: Int, decimalDate: Double, average: Double, deseasonalized: Double,
        daysWithData: Int?, dailyStandardDeviation: Double?, uncertainty: Double?
    ) {
        self.year = year
        self.month = month
        self.decimalDate = decimalDate
        self.average = average
        self.deseasonalized = deseasonalized
        self.daysWithData = daysWithData
        self.dailyStandardDeviation = dailyStandardDeviation
        self.uncertainty = uncertainty
    }

    /// Reads `noaa-co2-mm-mlo.csv` (or a file of the same layout) in file order. Throws a `CSVError`
    /// naming the file and line for a row without seven fields or with an unreadable cell.
    public static func load(from url: URL) throws -> [MaunaLoaCO2Month] {
        let table = try NOAACO2Monthly.maunaLoa.read(url)
        let dates = try table.strings(column: "date")
        let decimalDates = try table.doubles(column: "decimal_date")
        let averages = try table.doubles(column: "average")
        let deseasonalized = try table.doubles(column: "deseasonalized")
        let days = try table.ints(column: "ndays")
        let deviations = try table.doubles(column: "sdev")
        let uncertainties = try table.doubles(column: "unc")
        return try (0..<table.rowCount).map { row in
            let (year, month) = try NOAAYearMonth.parse(row: row, of: table, dates: dates)
            return MaunaLoaCO2Month(
                year: year, month: month, decimalDate: decimalDates[row],
                average: NOAAMissingValues.moleFraction(averages[row]),
                deseasonalized: NOAAMissingValues.moleFraction(deseasonalized[row]),
                daysWithData: NOAAMissingValues.days(days[row]),
                dailyStandardDeviation: NOAAMissingValues.spread(deviations[row]),
                uncertainty: NOAAMissingValues.spread(uncertainties[row]))
        }
    }
}
