import C4SCarbon
import C4SIO
import Foundation

/// Everything the ocean emulator job reads: the Takahashi months, the SOCAT 2010 pCO₂ maps and their interpolation error, ERSST v5, NOAA's
/// global monthly CO₂, the Mauna Loa record (the climatology's reference-year CO₂) and the GCB 2023 table,
/// and the training rows built from them.
struct OceanEmulatorInputs {
    /// Reference year of the Takahashi et al. (2009) climatology.
    static let climatologyYear = 2000
    /// Years whose mean ERSST of each calendar month is the base of the SST anomalies (the record's complete years).
    static let anomalyBaseYears = 2010...2019

    let takahashi: [TakahashiClimatologyMonth]
    let globalCO2: [YearMonth: Double]
    let budget: GlobalBudgetTable
    let trainingSet: PCO2TrainingSet
    private let ersstURL: URL

    /// Reads the files of the job's datasets (by catalog id). - Throws: the reader's error, naming the file.
    init(urls: [String: [URL]], featureSet: PCO2Features) throws {
        takahashi = try urls["takahashi09"]!.map { try TakahashiClimatologyMonth(contentsOf: $0) }
        var socat: [Int: [Double]] = [:], socatError: [Int: [Double]] = [:]
        for (index, url) in urls["socat2010"]!.enumerated() {
            let file = try NetCDFFile.open(url)
            defer { file.close() }
            let layout = try LatLonCellLayout(file: file, variable: file.variable("pCO2_2010_interpolated_pred"))
            socat[index + 1] = try NetCDFFieldReader.read(file, variable: "pCO2_2010_interpolated_pred", time: 0, timeLabel: url.lastPathComponent,
                                                          layout: layout).values
            socatError[index + 1] = try NetCDFFieldReader.read(file, variable: "pCO2_2010_interpolated_error", time: 0, timeLabel: url.lastPathComponent,
                                                               layout: layout).values
        }
        ersstURL = urls["ersstv5"]![0]
        let global = try NOAAGlobalCO2Month.load(from: urls["noaa-co2-mm-gl"]![0])
        let co2 = Dictionary(global.filter { $0.average.isFinite }.map { (YearMonth(year: $0.year, month: $0.month), $0.average) }, uniquingKeysWith: { $1 })
        globalCO2 = co2
        let maunaLoa = try MaunaLoaCO2Month.load(from: urls["noaa-co2-mm-mlo"]![0]).filter { $0.year == Self.climatologyYear && $0.average.isFinite }
        let reference = maunaLoa.reduce(0) { $0 + $1.average } / Double(maunaLoa.count)
        trainingSet = PCO2TrainingSet(takahashi: takahashi, socat: socat, socatError: socatError,
                                      xco2: Dictionary(uniqueKeysWithValues: (1...12).compactMap { m in co2[YearMonth(year: 2010, month: m)].map { (m, $0) } }),
                                      xco2Reference: reference, featureSet: featureSet)
        budget = try GlobalBudgetTable(contentsOf: urls["gcb2023"]![0])
    }

    /// The whole ERSST v5 record on 1°, °C.
    func seaSurfaceTemperatureRecord() throws -> MonthlyFieldSeries {
        try SeaSurfaceTemperatureRecord.read(ersstURL, onto: .oneDegree)
    }

    /// Anomalies of `record` against the mean of each calendar month over `anomalyBaseYears`, for the months of `years`, °C.
    static func anomalies(_ record: MonthlyFieldSeries, years: ClosedRange<Int>) -> MonthlyFieldSeries {
        let all = record.anomalies(baseYears: anomalyBaseYears)
        let kept = all.months.indices.filter { years.contains(all.months[$0].year) }
        return MonthlyFieldSeries(name: all.name, units: all.units, grid: all.grid,
                                  months: kept.map { all.months[$0] }, maps: kept.map { all.maps[$0] })
    }
}
