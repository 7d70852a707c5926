import C4SIO

/// Leave-future-out hindcast of the annual emulators: for every year Y, the estimate made from the table
/// up to Y − 1 and the drivers of Y, compared with the published budget of Y.
public struct BudgetHindcast: Sendable {
    /// One estimate per year, in order, with the published values beside it.
    public let rows: [(estimate: AnnualBudgetEstimate, published: GlobalCarbonBudgetYear)]
    /// Ocean-sink emulator score, GtC/yr.
    public let ocean: ComponentScore
    /// Land-sink emulator score, GtC/yr.
    public let land: ComponentScore
    /// Land sink as budget residual score, GtC/yr.
    public let landResidual: ComponentScore
    /// Fossil-emission trend extrapolation score, GtC/yr.
    public let fossil: ComponentScore

    /// Runs the hindcast over `years`. - Throws: `BudgetEstimateError` when a year lacks drivers or training data.
    /// - Precondition: the table has every year in `years`.
    public init(emulator: AnnualSinkEmulator, years: ClosedRange<Int>) throws {
        rows = try years.map { year in
            guard let published = emulator.table.year(year) else { preconditionFailure("BudgetHindcast: the table has no \(year)") }
            return (try emulator.estimate(year: year, lastTableYear: year - 1), published)
        }
        ocean = ComponentScore(estimates: rows.map(\.estimate.oceanSink.value), published: rows.map(\.published.oceanSink))
        land = ComponentScore(estimates: rows.map(\.estimate.landSink.value), published: rows.map(\.published.landSink))
        landResidual = ComponentScore(estimates: rows.map(\.estimate.landSinkResidual.value), published: rows.map(\.published.landSink))
        fossil = ComponentScore(estimates: rows.map(\.estimate.fossilEmissions.value), published: rows.map(\.published.fossilEmissions))
    }
}
