/// A regular latitude/longitude grid that covers the whole sphere: `rows` equal bands from 90° N
/// to 90° S and `columns` equal sectors from 180° W eastwards. Row 0 is the northernmost band and
/// column 0 starts at 180° W, the order `LatLonField` stores values in.
///
/// Cell bounds come from the grid size alone, not from a file's coordinate labels: FluxEngine's
/// Takahashi files label their 1° rows 90, 89, …, −89 (north edges), not cell centres.
public struct GlobalLatLonGrid: Sendable, Equatable {
    /// Number of latitude bands.
    public let rows: Int
    /// Number of longitude sectors.
    public let columns: Int

    /// Creates a grid. - Precondition: `rows > 0`, `columns > 0`.
    public init(rows: Int, columns: Int) {
        precondition(rows > 0 && columns > 0, "GlobalLatLonGrid needs at least one row and one column")
        self.rows = rows
        self.columns = columns
    }

    /// The 1° grid (180 × 360) of the Takahashi climatology and the land mask.
    public static let oneDegree = GlobalLatLonGrid(rows: 180, columns: 360)

    /// Number of cells, `rows × columns`.
    public var cellCount: Int { rows * columns }
    /// Height of a band in degrees of latitude.
    public var latitudeStep: Double { 180 / Double(rows) }
    /// Width of a sector in degrees of longitude.
    public var longitudeStep: Double { 360 / Double(columns) }

    /// Northern edge of a row, degrees north. - Precondition: `0 <= row < rows`.
    public func northEdge(row: Int) -> Double {
        precondition((0..<rows).contains(row), "row \(row) outside 0..<\(rows)")
        return 90 - Double(row) * latitudeStep
    }

    /// Southern edge of a row, degrees north. - Precondition: `0 <= row < rows`.
    public func southEdge(row: Int) -> Double {
        northEdge(row: row) - latitudeStep
    }

    /// Centre latitude of a row, degrees north. - Precondition: `0 <= row < rows`.
    public func centreLatitude(row: Int) -> Double {
        northEdge(row: row) - latitudeStep / 2
    }

    /// Centre longitude of a column, degrees east in −180…180. - Precondition: `0 <= column < columns`.
    public func centreLongitude(column: Int) -> Double {
        precondition((0..<columns).contains(column), "column \(column) outside 0..<\(columns)")
        return -180 + (Double(column) + 0.5) * longitudeStep
    }

    /// Latitude edges of the rows, degrees north, north first: `rows + 1` values from 90 to −90.
    public var latitudeEdges: [Double] { (0...rows).map { 90 - Double($0) * latitudeStep } }

    /// Longitude edges of the columns, degrees east: `columns + 1` values from −180 to 180.
    public var longitudeEdges: [Double] { (0...columns).map { -180 + Double($0) * longitudeStep } }

    /// The 2° grid (90 × 180).
    public static let twoDegree = GlobalLatLonGrid(rows: 90, columns: 180)
}
