/// A budget estimate that cannot be made from the data given.
public enum BudgetEstimateError: Error, Equatable, CustomStringConvertible {
    /// The drivers do not cover the year (no 12 monthly CO₂ means or no growth rate).
    case noDrivers(year: Int, covered: ClosedRange<Int>?)
    /// Too few table years before the year to fit the emulators.
    case tooFewTrainingYears(year: Int, available: Int, needed: Int)

    /// What is missing and what would be valid.
    public var description: String {
        switch self {
        case .noDrivers(let year, let covered):
            "no NOAA drivers for \(year): the CO2 records cover " + (covered.map { "\($0.lowerBound)-\($0.upperBound)" } ?? "no complete year")
        case .tooFewTrainingYears(let year, let available, let needed):
            "\(year): \(available) budget years with drivers before it, the emulators need at least \(needed)"
        }
    }
}
