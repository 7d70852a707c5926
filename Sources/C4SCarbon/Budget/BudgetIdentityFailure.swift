/// One identity of the budget table that does not hold in one year: what the column says, what the other
/// columns imply, and the tolerance the table's rounding allows (all GtC/yr unless `identity` says otherwise).
public struct BudgetIdentityFailure: Sendable, Equatable {
    /// The year.
    public let year: Int
    /// Line of the year in the file (1-based).
    public let line: Int
    /// The column whose published value disagrees.
    public let column: String
    /// Which identity: `BudgetIdentityCheck.imbalanceIdentity` or `.growthIdentity`.
    public let identity: String
    /// The published value.
    public let published: Double
    /// The value the identity gives.
    public let recomputed: Double
    /// Largest difference the rounding of the printed values allows.
    public let tolerance: Double

    /// A failure; units as the identity's.
    public init(year: Int, line: Int, column: String, identity: String, published: Double, recomputed: Double, tolerance: Double) {
        self.year = year
        self.line = line
        self.column = column
        self.identity = identity
        self.published = published
        self.recomputed = recomputed
        self.tolerance = tolerance
    }
}
