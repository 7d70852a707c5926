/// A low-latency estimate of one year's budget terms from what was known before its budget was published,
/// GtC/yr (sinks positive), each with 1σ.
public struct AnnualBudgetEstimate: Sendable, Equatable {
    /// The year estimated.
    public let year: Int
    /// The last year of the budget table the estimate used.
    public let lastTableYear: Int
    /// Years of the table the emulators were fitted to.
    public let trainingYears: ClosedRange<Int>
    /// Fossil emissions: the table's trend extrapolated; σ = RMS of such extrapolations over the training years.
    public let fossilEmissions: EstimateWithUncertainty
    /// Atmospheric growth: 2.124 GtC/ppm × NOAA's growth rate (σ not propagated: NOAA's is ~0.1 ppm).
    public let atmosphericGrowth: Double
    /// NOAA global growth rate, ppm/yr.
    public let growthRatePPM: Double
    /// Ocean sink from the ridge emulator; σ = its leave-one-out RMS.
    public let oceanSink: EstimateWithUncertainty
    /// Land sink from the ridge emulator; σ = its leave-one-out RMS.
    public let landSink: EstimateWithUncertainty
    /// Land sink as the budget residual (imbalance taken as zero); σ combines the ocean and fossil σ
    /// with the spread of the published imbalance over the training years.
    public let landSinkResidual: EstimateWithUncertainty
    /// Penalties the ocean and land regressions chose.
    public let penalties: (ocean: Double, land: Double)

    /// An estimate; units as the properties state.
    public init(year: Int, lastTableYear: Int, trainingYears: ClosedRange<Int>, fossilEmissions: EstimateWithUncertainty,
                atmosphericGrowth: Double, growthRatePPM: Double, oceanSink: EstimateWithUncertainty,
                landSink: EstimateWithUncertainty, landSinkResidual: EstimateWithUncertainty, penalties: (ocean: Double, land: Double)) {
        self.year = year
        self.lastTableYear = lastTableYear
        self.trainingYears = trainingYears
        self.fossilEmissions = fossilEmissions
        self.atmosphericGrowth = atmosphericGrowth
        self.growthRatePPM = growthRatePPM
        self.oceanSink = oceanSink
        self.landSink = landSink
        self.landSinkResidual = landSinkResidual
        self.penalties = penalties
    }

    /// Equal when every term is.
    public static func == (a: AnnualBudgetEstimate, b: AnnualBudgetEstimate) -> Bool {
        a.year == b.year && a.lastTableYear == b.lastTableYear && a.trainingYears == b.trainingYears
            && a.fossilEmissions == b.fossilEmissions && a.atmosphericGrowth == b.atmosphericGrowth
            && a.oceanSink == b.oceanSink && a.landSink == b.landSink && a.landSinkResidual == b.landSinkResidual
            && a.penalties == b.penalties
    }
}
