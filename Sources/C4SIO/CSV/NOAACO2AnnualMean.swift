import Foundation

/// One year of NOAA's annual mean global CO2 (`NOAACO2Annual.globalMean`).
public struct NOAACO2AnnualMean: Sendable, Equatable {
    /// Calendar year.
    public let year: Int
    /// Annual mean CO2 mole fraction, ppm.
    public let mean: Double
    /// Uncertainty of the mean, ppm.
    public let uncertainty: Double

    /// A year of the record, in ppm.
    public init(
        year: Int, mean: Double, uncertainty: Double
    ) {
        self.year = year
        self.mean = mean
        self.uncertainty = uncertainty
    }

    /// Reads `noaa-co2-annmean-gl.csv` (or a file with the same header) in file order; throws a
    /// `CSVError` naming the file and line for a missing column or an unreadable cell.
    public static func load(from url: URL) throws -> [NOAACO2AnnualMean] {
        let table = try NOAACO2Annual.globalMean.read(url)
        let years = try table.ints(column: "Year")
        let means = try table.doubles(column: "Mean")
        let uncertainties = try table.doubles(column: "Uncertainty")
        return years.indices.map { NOAACO2AnnualMean(year: years[$0], mean: means[$0], uncertainty: uncertainties[$0]) }
    }
}
