import C4SIO
import Foundation

/// Annual drivers of the budget emulators, from NOAA's records (and ERSST where it covers): one
/// `BudgetDriverYear` for every year with 12 Mauna Loa monthly means and a NOAA global growth rate.
public struct BudgetDrivers: Sendable {
    /// Years in increasing order.
    public let years: [BudgetDriverYear]

    /// Joins the monthly Mauna Loa record, the global growth rates and optional SST indices by year.
    public init(maunaLoa: [MaunaLoaCO2Month], growthRates: [NOAACO2GrowthRate], seaSurfaceTemperature: SeaSurfaceTemperatureIndices? = nil) {
        var months: [Int: [Double]] = [:]
        for m in maunaLoa where m.average.isFinite { months[m.year, default: []].append(m.average) }
        let growth = Dictionary(growthRates.map { ($0.year, $0.increase) }, uniquingKeysWith: { $1 })
        years = months.keys.sorted().compactMap { year in
            guard let values = months[year], values.count == 12, let rate = growth[year] else { return nil }
            let sst = seaSurfaceTemperature?.annual(year)
            return BudgetDriverYear(year: year, carbonDioxide: values.reduce(0, +) / 12, growthRate: rate,
                                    nino34: sst?.nino34, seaSurfaceTemperatureAnomaly: sst?.anomaly,
                                    seaSurfaceTemperatureMonths: sst?.months ?? 0)
        }
    }

    /// Reads `noaa-co2-mm-mlo.csv`, `noaa-co2-gr-gl.csv` and, when given, ERSST v5.
    /// - Throws: `CSVError`/`NetCDFError`/`CFTimeAxisError` naming the file.
    public init(maunaLoaURL: URL, growthRateURL: URL, ersstURL: URL?) throws {
        let sst = try ersstURL.map { try SeaSurfaceTemperatureIndices(contentsOf: $0) }
        self.init(maunaLoa: try MaunaLoaCO2Month.load(from: maunaLoaURL), growthRates: try NOAACO2GrowthRate.load(from: growthRateURL),
                  seaSurfaceTemperature: sst)
    }

    /// The drivers of `year`, or nil when the records do not cover it.
    public func year(_ year: Int) -> BudgetDriverYear? {
        years.first { $0.year == year }
    }
}
