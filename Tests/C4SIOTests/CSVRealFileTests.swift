import C4SCore
import C4SIO
import Foundation
import Testing

/// The mirror's real CSV files: row counts, and the first and last rows as `head`/`tail` show them.
struct CSVRealFileTests {
    private func carbonFile(_ name: String) throws -> URL {
        let mirror = try #require(SharedMirror.directory(forFileIn: #filePath), "no repository root above \(#filePath)")
        let url = mirror.appendingPathComponent("carbon").appendingPathComponent(name)
        try #require(FileManager.default.fileExists(atPath: url.path), "missing mirrored dataset \(url.path)")
        return url
    }

    @Test("noaa-co2-mm-gl.csv: a 4-name header over 6-field rows; .strict refuses line 2, the schema reads 568 months")
    func noaaGlobalMonthly() throws {
        let url = try carbonFile("noaa-co2-mm-gl.csv")
        let error = try #require(throws: CSVError.self) { try CSVReader.read(url: url) }
        #expect(error.line == 2)
        #expect(error.description.contains("noaa-co2-mm-gl.csv:2: expected 4 fields (header: Date, Decimal Date, Average, Trend), found 6"))

        let table = try NOAACO2Monthly.global.read(url)
        #expect(table.fileHeader == ["Date", "Decimal Date", "Average", "Trend"])
        #expect(table.rowCount == 568)

        let months = try NOAAGlobalCO2Month.load(from: url)
        #expect(months.count == 568)
        // head: 1979-01,1979.042,336.56,0.11,335.92,0.09
        #expect(months.first == NOAAGlobalCO2Month(year: 1979, month: 1, decimalDate: 1979.042, average: 336.56,
                                                   averageUncertainty: 0.11, trend: 335.92, trendUncertainty: 0.09))
        // tail: 2026-04,2026.292,428.55,0.10,426.83,0.06
        #expect(months.last == NOAAGlobalCO2Month(year: 2026, month: 4, decimalDate: 2026.292, average: 428.55,
                                                  averageUncertainty: 0.10, trend: 426.83, trendUncertainty: 0.06))
        #expect(zip(months, months.dropFirst()).allSatisfy { $0.decimalDate < $1.decimalDate })
    }

    @Test("noaa-co2-mm-mlo.csv: a 6-name header over 7-field rows; missing markers -1/-9.99/-0.99 read as nil")
    func maunaLoaMonthly() throws {
        let url = try carbonFile("noaa-co2-mm-mlo.csv")
        let error = try #require(throws: CSVError.self) { try CSVReader.read(url: url, options: .strict) }
        #expect(error.line == 2 && error.message.contains("expected 6 fields") && error.message.contains("found 7"))

        let months = try MaunaLoaCO2Month.load(from: url)
        #expect(months.count == 820)
        // head: 1958-03,1958.2027,315.71,314.44,-01,-9.99,-0.99
        #expect(months.first == MaunaLoaCO2Month(year: 1958, month: 3, decimalDate: 1958.2027, average: 315.71,
                                                 deseasonalized: 314.44, daysWithData: nil,
                                                 dailyStandardDeviation: nil, uncertainty: nil))
        // tail: 2026-06,2026.4583,431.44,429.06,19,0.35,0.15
        #expect(months.last == MaunaLoaCO2Month(year: 2026, month: 6, decimalDate: 2026.4583, average: 431.44,
                                                deseasonalized: 429.06, daysWithData: 19,
                                                dailyStandardDeviation: 0.35, uncertainty: 0.15))
        // Counted with awk -F, 'NR>1 && $5<0' (and $6, $7) on the file.
        #expect(months.count { $0.daysWithData == nil } == 195)
        #expect(months.count { $0.dailyStandardDeviation == nil } == 196)
        #expect(months.count { $0.uncertainty == nil } == 194)
        #expect(months.allSatisfy { !$0.average.isNaN && !$0.deseasonalized.isNaN })
        // 1975-12,1975.9583,330.76,331.73,-01,-9.99,0.00: a zero uncertainty is a value, not a marker.
        let december1975 = try #require(months.first { $0.year == 1975 && $0.month == 12 })
        #expect(december1975.daysWithData == nil && december1975.uncertainty == 0)
    }

    @Test("noaa-co2-annmean-gl.csv and noaa-co2-gr-gl.csv: headers that name every field")
    func noaaAnnual() throws {
        let means = try NOAACO2AnnualMean.load(from: try carbonFile("noaa-co2-annmean-gl.csv"))
        #expect(means.count == 47)
        #expect(means.first == NOAACO2AnnualMean(year: 1979, mean: 336.85, uncertainty: 0.10))
        #expect(means.last == NOAACO2AnnualMean(year: 2025, mean: 425.64, uncertainty: 0.09))

        let rates = try NOAACO2GrowthRate.load(from: try carbonFile("noaa-co2-gr-gl.csv"))
        #expect(rates.count == 67)
        #expect(rates.first == NOAACO2GrowthRate(year: 1959, increase: 0.96, uncertainty: 0.31))
        #expect(rates.last == NOAACO2GrowthRate(year: 2025, increase: 2.08, uncertainty: 0.09))
        #expect(zip(rates, rates.dropFirst()).allSatisfy { $1.year == $0.year + 1 })
    }

    @Test("gcb2023-global-budget.csv: # comment header, 64 years, and the budget identity for every year")
    func globalCarbonBudget() throws {
        let url = try carbonFile("gcb2023-global-budget.csv")
        let table = try GlobalCarbonBudget.gcb2023.read(url)
        #expect(table.comments.count == 4)
        #expect(table.comments.first?.hasPrefix("Global Carbon Budget 2023 (Friedlingstein et al. 2023") == true)
        #expect(table.comments.last == "budget imbalance = fossil + land-use change - (growth + ocean + land + cement carbonation).")
        #expect(table.headerLine == 5)
        #expect(table.header == GlobalCarbonBudget.gcb2023.columnNames)

        let years = try GlobalCarbonBudgetYear.load(from: url)
        #expect(years.count == 64)
        #expect(years.map(\.year) == Array(1959...2022))
        // line 6: 1959,2.41666545551985,2.12152666666667,2.03904,0.992419800030039,0.430358951653902,0.0125421466923516,1.06383122381022
        #expect(years.first == GlobalCarbonBudgetYear(
            year: 1959, fossilEmissions: 2.41666545551985, landUseChangeEmissions: 2.12152666666667,
            atmosphericGrowth: 2.03904, oceanSink: 0.992419800030039, landSink: 0.430358951653902,
            cementCarbonationSink: 0.0125421466923516, budgetImbalance: 1.06383122381022))
        // tail: 2022,10.1391333876525,1.17629666666667,4.63032,2.77969405750212,3.78012555424795,0.217464614679868,-0.0921741721108096
        #expect(years.last == GlobalCarbonBudgetYear(
            year: 2022, fossilEmissions: 10.1391333876525, landUseChangeEmissions: 1.17629666666667,
            atmosphericGrowth: 4.63032, oceanSink: 2.77969405750212, landSink: 3.78012555424795,
            cementCarbonationSink: 0.217464614679868, budgetImbalance: -0.0921741721108096))
        for year in years {
            #expect(abs(year.computedImbalance - year.budgetImbalance) <= 1e-6,
                    "\(year.year): computed \(year.computedImbalance), published \(year.budgetImbalance)")
        }
    }

    @Test("a schema whose names the header lacks is refused with the header's line and names")
    func schemaHeaderMismatch() throws {
        let url = try carbonFile("noaa-co2-gr-gl.csv")
        let error = try #require(throws: CSVError.self) { try NOAACO2Annual.globalMean.read(url) }
        #expect(error.line == 1)
        #expect(error.message == "the header lacks Mean expected for NOAA annual mean global CO2; it has Year, Annual Increase, Uncertainty")
    }
}
