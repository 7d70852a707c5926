/// Where a training row of the ocean emulator comes from, for splitting into training and held-out sets.
public struct PCO2Sample: Sendable, Hashable {
    /// Source dataset (`takahashi09` or `socat2010`).
    public let dataset: String
    /// Month 1…12.
    public let month: Int
    /// Grid cell index on the 1° grid (row-major, north first).
    public let cell: Int

    /// A sample's origin.
    public init(dataset: String, month: Int, cell: Int) {
        self.dataset = dataset
        self.month = month
        self.cell = cell
    }

    /// The 10° × 10° block of the cell (0 … 647), the unit of the spatial hold-out.
    public var block: Int {
        let row = cell / 360, column = cell % 360
        return (row / 10) * 36 + column / 10
    }
}
