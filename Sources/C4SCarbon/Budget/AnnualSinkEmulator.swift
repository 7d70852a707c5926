import C4SIO

/// Annual emulators of the ocean and land sinks from drivers known early, in the spirit of the low-latency
/// budget of Ke et al. (2024): ridge regressions (`RidgeRegression`) of the GCB sinks on atmospheric CO₂
/// above 280 ppm (Mauna Loa annual mean), the NOAA global growth rate and fossil emissions, fitted to the
/// table's last `trainingSpan` years before the year estimated. The year's fossil emissions come from the
/// table's 5-year trend; its land sink also as the budget residual with the imbalance taken as zero.
public struct AnnualSinkEmulator: Sendable {
    /// Pre-industrial CO₂, ppm.
    public static let preindustrialCO2 = 280.0
    /// Fewest training years accepted.
    public static let minimumTrainingYears = 10

    /// The budget table.
    public let table: GlobalBudgetTable
    /// The drivers.
    public let drivers: BudgetDrivers
    /// Number of table years (at most) the regressions are fitted to.
    public let trainingSpan: Int

    /// An emulator over `table` and `drivers`. - Precondition: `trainingSpan >= minimumTrainingYears`.
    public init(table: GlobalBudgetTable, drivers: BudgetDrivers, trainingSpan: Int = 30) {
        precondition(trainingSpan >= Self.minimumTrainingYears, "AnnualSinkEmulator: training span below \(Self.minimumTrainingYears) years")
        self.table = table
        self.drivers = drivers
        self.trainingSpan = trainingSpan
    }

    /// Regression features of a year: [CO₂ − 280 ppm, growth rate ppm/yr, fossil emissions GtC/yr].
    public static func features(_ driver: BudgetDriverYear, fossilEmissions: Double) -> [Double] {
        [driver.carbonDioxide - preindustrialCO2, driver.growthRate, fossilEmissions]
    }

    /// Estimates `year` using the table only up to `lastTableYear` (< `year`) and the drivers of `year`.
    /// - Throws: `BudgetEstimateError` when the drivers miss the year or fewer than 10 training years remain.
    public func estimate(year: Int, lastTableYear: Int) throws -> AnnualBudgetEstimate {
        precondition(lastTableYear < year, "AnnualSinkEmulator: the table must end before the year estimated")
        guard let driver = drivers.year(year) else {
            throw BudgetEstimateError.noDrivers(year: year, covered: drivers.years.first.map { $0.year...drivers.years.last!.year })
        }
        let known = table.years.filter { $0.year <= lastTableYear }
        let training = known.suffix(trainingSpan).filter { drivers.year($0.year) != nil }
        guard training.count >= Self.minimumTrainingYears, known.count >= 5 else {
            throw BudgetEstimateError.tooFewTrainingYears(year: year, available: training.count, needed: Self.minimumTrainingYears)
        }
        let x = training.map { Self.features(drivers.year($0.year)!, fossilEmissions: $0.fossilEmissions) }
        let ocean = RidgeRegression(x: x, y: training.map(\.oceanSink))
        let land = RidgeRegression(x: x, y: training.map(\.landSink))

        let horizon = year - lastTableYear
        let fossil = EmissionsTrend(known.map { ($0.year, $0.fossilEmissions) }).value(in: year)
        let fossilSigma = Self.extrapolationRMS(known.map { ($0.year, $0.fossilEmissions) }, over: training.map(\.year), horizon: horizon)
        let cement = EmissionsTrend(known.map { ($0.year, $0.cementCarbonationSink) }).value(in: year)
        let landUse = known.suffix(3).reduce(0) { $0 + $1.landUseChangeEmissions } / Double(min(3, known.count))
        let features = Self.features(driver, fossilEmissions: fossil)
        let oceanValue = ocean.predict(features)
        let growth = BudgetIdentityCheck.gigatonnesCarbonPerPPM * driver.growthRate
        let residual = fossil + landUse - growth - oceanValue - cement
        let imbalances = training.map(\.budgetImbalance)
        let imbalanceMean = imbalances.reduce(0, +) / Double(imbalances.count)
        let imbalanceSpread = (imbalances.reduce(0) { $0 + ($1 - imbalanceMean) * ($1 - imbalanceMean) } / Double(imbalances.count - 1)).squareRoot()
        let residualSigma = (ocean.leaveOneOutRMS * ocean.leaveOneOutRMS + fossilSigma * fossilSigma + imbalanceSpread * imbalanceSpread).squareRoot()
        return AnnualBudgetEstimate(
            year: year, lastTableYear: lastTableYear, trainingYears: training.first!.year...training.last!.year,
            fossilEmissions: EstimateWithUncertainty(fossil, sigma: fossilSigma), atmosphericGrowth: growth,
            growthRatePPM: driver.growthRate,
            oceanSink: EstimateWithUncertainty(oceanValue, sigma: ocean.leaveOneOutRMS),
            landSink: EstimateWithUncertainty(land.predict(features), sigma: land.leaveOneOutRMS),
            landSinkResidual: EstimateWithUncertainty(residual, sigma: residualSigma),
            penalties: (ocean.lambda, land.lambda))
    }

    /// RMS error of extrapolating the 5-year trend `horizon` years ahead, over the target years given
    /// (each predicted from the years before `target − horizon + 1`), the series' unit.
    static func extrapolationRMS(_ series: [(year: Int, value: Double)], over targets: [Int], horizon: Int) -> Double {
        var sum = 0.0, n = 0.0
        for target in targets {
            let before = series.filter { $0.year <= target - horizon }
            guard before.count >= 5, let actual = series.first(where: { $0.year == target }) else { continue }
            let e = EmissionsTrend(before).value(in: target) - actual.value
            sum += e * e
            n += 1
        }
        return n > 0 ? (sum / n).squareRoot() : .nan
    }
}
