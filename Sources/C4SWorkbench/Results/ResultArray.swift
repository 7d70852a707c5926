/// An N-d array a job produced (a grid, a map, a trajectory, a residual history), with its unit.
public struct ResultArray: Sendable, Equatable {
    /// The element storage.
    public enum Storage: Sendable, Equatable {
        case float64([Double])
        case float32([Float])
        case int64([Int64])

        /// Number of elements.
        public var count: Int {
            switch self {
            case .float64(let v): v.count
            case .float32(let v): v.count
            case .int64(let v): v.count
            }
        }
    }

    /// Data set name within the result group (may contain `/` for sub-groups).
    public let name: String
    /// Shape, slowest dimension first; `[]` for a scalar.
    public let shape: [Int]
    /// The values in row-major order.
    public let storage: Storage
    /// Unit of the values ("1" for dimensionless).
    public let unit: String
    /// One-line meaning.
    public let summary: String
    /// Names of the dimensions, if known (e.g. ["lat", "lon"]).
    public let dimensionNames: [String]?

    /// Creates an array. - Precondition: `shape.reduce(1, *) == storage.count`.
    public init(name: String, shape: [Int], storage: Storage, unit: String, summary: String,
                dimensionNames: [String]? = nil) {
        precondition(shape.reduce(1, *) == storage.count, "ResultArray \(name): shape \(shape) does not hold \(storage.count) values")
        precondition(dimensionNames.map { $0.count == shape.count } ?? true, "ResultArray \(name): one dimension name per axis")
        self.name = name
        self.shape = shape
        self.storage = storage
        self.unit = unit
        self.summary = summary
        self.dimensionNames = dimensionNames
    }
}
