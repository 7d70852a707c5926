import Foundation

/// One year of NOAA's annual global CO2 growth rate (`NOAACO2Annual.globalGrowthRate`).
public struct NOAACO2GrowthRate: Sendable, Equatable {
    /// Calendar year.
    public let year: Int
    /// Increase of the global mean over the year, ppm/yr (multiply by 2.124 for GtC/yr).
    public let increase: Double
    /// Uncertainty of the increase, ppm/yr.
    public let uncertainty: Double

    /// A year of the record, in ppm/yr.
    public init(
        year: Int, increase: Double, uncertainty: Double
    ) {
        self.year = year
        self.increase = increase
        self.uncertainty = uncertainty
    }

    /// Reads `noaa-co2-gr-gl.csv` (or a file with the same header) in file order; throws a `CSVError`
    /// naming the file and line for a missing column or an unreadable cell.
    public static func load(from url: URL) throws -> [NOAACO2GrowthRate] {
        let table = try NOAACO2Annual.globalGrowthRate.read(url)
        let years = try table.ints(column: "Year")
        let increases = try table.doubles(column: "Annual Increase")
        let uncertainties = try table.doubles(column: "Uncertainty")
        return years.indices.map {
            NOAACO2GrowthRate(year: years[$0], increase: increases[$0], uncertainty: uncertainties[$0])
        }
    }
}
