import C4SIO

/// The identities the Global Carbon Budget table must satisfy, checked year by year:
/// - imbalance: budget imbalance = fossil + land-use change − (growth + ocean + land + cement carbonation);
/// - growth: atmospheric growth = 2.124 GtC/ppm × a growth rate NOAA publishes to 0.01 ppm/yr;
/// - years: one row per calendar year, consecutive.
/// Each tolerance is the sum of the half-units in the last printed place of the values involved plus
/// the floating-point rounding of the sum (8 ulps of the largest term's magnitude per operation).
public struct BudgetIdentityCheck: Sendable {
    /// Name of the imbalance identity.
    public static let imbalanceIdentity = "imbalance = fossil + land-use change - growth - ocean - land - cement"
    /// Name of the growth identity.
    public static let growthIdentity = "growth = 2.124 GtC/ppm x growth rate in whole 0.01 ppm/yr"
    /// GtC per ppm of atmospheric CO₂ (GCB convention).
    public static let gigatonnesCarbonPerPPM = 2.124

    /// Every failure, by year then identity.
    public let failures: [BudgetIdentityFailure]
    /// Years that break the consecutive sequence (a year that is not its predecessor + 1).
    public let outOfSequenceYears: [Int]
    /// Years checked.
    public let yearsChecked: Int
    /// Largest |published − recomputed| imbalance over all years, GtC/yr.
    public let largestImbalanceDifference: Double
    /// Largest tolerance used for the imbalance identity, GtC/yr.
    public let largestImbalanceTolerance: Double

    /// Checks every year of `table`.
    public init(table: GlobalBudgetTable) {
        var failures: [BudgetIdentityFailure] = [], largestDifference = 0.0, largestTolerance = 0.0
        let columns = GlobalBudgetTable.fluxColumns
        for (row, y) in table.years.enumerated() {
            let halves = table.roundingHalfUnits[row]
            let terms = [y.fossilEmissions, y.landUseChangeEmissions, y.atmosphericGrowth, y.oceanSink, y.landSink,
                         y.cementCarbonationSink, y.budgetImbalance]
            let floating = 8 * Double.ulpOfOne * terms.map(abs).reduce(0, +)
            let tolerance = halves.reduce(0, +) + floating
            let difference = abs(y.budgetImbalance - y.computedImbalance)
            largestDifference = max(largestDifference, difference)
            largestTolerance = max(largestTolerance, tolerance)
            if !(difference <= tolerance) {
                failures.append(BudgetIdentityFailure(year: y.year, line: table.lineNumbers[row], column: columns[6],
                                                      identity: Self.imbalanceIdentity, published: y.budgetImbalance,
                                                      recomputed: y.computedImbalance, tolerance: tolerance))
            }
            let hundredthsPPM = y.atmosphericGrowth / Self.gigatonnesCarbonPerPPM * 100
            let growthTolerance = halves[2] / Self.gigatonnesCarbonPerPPM * 100 + 8 * Double.ulpOfOne * abs(hundredthsPPM)
            if !(abs(hundredthsPPM - hundredthsPPM.rounded()) <= growthTolerance) {
                failures.append(BudgetIdentityFailure(year: y.year, line: table.lineNumbers[row], column: columns[2],
                                                      identity: Self.growthIdentity, published: y.atmosphericGrowth,
                                                      recomputed: hundredthsPPM.rounded() / 100 * Self.gigatonnesCarbonPerPPM,
                                                      tolerance: halves[2] + 8 * Double.ulpOfOne * y.atmosphericGrowth))
            }
        }
        self.failures = failures
        outOfSequenceYears = zip(table.years.dropFirst(), table.years).filter { $0.year != $1.year + 1 }.map(\.0.year)
        yearsChecked = table.years.count
        largestImbalanceDifference = largestDifference
        largestImbalanceTolerance = largestTolerance
    }

    /// Whether every identity holds in every year.
    public var passed: Bool { failures.isEmpty && outOfSequenceYears.isEmpty }
}
