import Foundation

/// Where the cells of a netCDF latitude/longitude variable are: their centres, north first and west first,
/// and the permutation that puts a stored 2-D slice in that order. Computed once per file and reused for
/// every variable on the same dimensions.
///
/// Coordinate labels are cell centres unless the file says or shows otherwise:
/// - a latitude coordinate with `coordinate_defines = "center"` is taken as centres;
/// - labels of a regular global grid (n cells of 180/n degrees) that reach a pole are cell edges, since no
///   cell centre lies on a pole: FluxEngine's 1° files label rows 90, 89, …, −89 (north edges; their
///   global attribute `southernmost_latitude = -90` confirms the grid ends at the pole);
/// - when the latitudes are edges, regular global longitudes are edges too (the producer labels each cell by
///   its north-west corner: −180 … 179 with `westernmost_longitude = -180`).
/// Without coordinate variables a regular global grid stored north first from 180° W is assumed.
public struct LatLonCellLayout: Sendable, Equatable {
    /// Cell-centre latitudes, degrees north, strictly decreasing.
    public let latitudes: [Double]
    /// Cell-centre longitudes, degrees east, strictly increasing.
    public let longitudes: [Double]
    /// Set when the file has no coordinates and a regular global grid was assumed (for labels).
    public let note: String?
    /// Whether the file's coordinate labels are cell edges that were converted to centres.
    public let labelsAreEdges: Bool
    private let rowOrder: [Int]
    private let columnOrder: [Int]

    /// The layout of the last two dimensions (latitude, longitude) of `variable`.
    /// - Throws: `NetCDFError` when a coordinate variable cannot be read.
    public init(file: NetCDFFile, variable: NetCDFVariable) throws {
        let latitudeName = variable.dimensions[variable.dimensions.count - 2]
        let longitudeName = variable.dimensions[variable.dimensions.count - 1]
        let (rows, columns) = (variable.shape[variable.shape.count - 2], variable.shape[variable.shape.count - 1])
        func labels(_ name: String, _ n: Int) throws -> [Double]? {
            guard file.variables.contains(where: { $0.name == name }) else { return nil }
            let values = try file.readDoubles(name).values
            return values.count == n && values.allSatisfy(\.isFinite) ? values : nil
        }
        guard let latitudeLabels = try labels(latitudeName, rows), let longitudeLabels = try labels(longitudeName, columns) else {
            self.init(rows: rows, columns: columns, latitudeLabels: nil, longitudeLabels: nil, latitudesAreCentres: false)
            return
        }
        var declaredCentres = false
        if case .text(let text)? = try file.variable(latitudeName).attribute("coordinate_defines") {
            declaredCentres = text.lowercased().hasPrefix("cent")
        }
        self.init(rows: rows, columns: columns, latitudeLabels: latitudeLabels, longitudeLabels: longitudeLabels,
                  latitudesAreCentres: declaredCentres)
    }

    /// The layout from coordinate labels as stored (nil: none in the file).
    /// - Parameter latitudesAreCentres: the file declares its latitude labels to be centres.
    /// - Precondition: label counts equal `rows` and `columns`.
    public init(rows: Int, columns: Int, latitudeLabels: [Double]?, longitudeLabels: [Double]?, latitudesAreCentres: Bool) {
        let latitudeStep = 180 / Double(rows), longitudeStep = 360 / Double(columns)
        guard let latitudeLabels, let longitudeLabels else {
            latitudes = (0..<rows).map { 90 - (Double($0) + 0.5) * latitudeStep }
            longitudes = (0..<columns).map { -180 + (Double($0) + 0.5) * longitudeStep }
            rowOrder = Array(0..<rows)
            columnOrder = Array(0..<columns)
            note = "coordinates assumed: regular global grid, north first from 180° W"
            labelsAreEdges = false
            return
        }
        precondition(latitudeLabels.count == rows && longitudeLabels.count == columns, "LatLonCellLayout: label counts")
        rowOrder = latitudeLabels.indices.sorted { latitudeLabels[$0] > latitudeLabels[$1] }
        columnOrder = longitudeLabels.indices.sorted { longitudeLabels[$0] < longitudeLabels[$1] }
        let north = rowOrder.map { latitudeLabels[$0] }, west = columnOrder.map { longitudeLabels[$0] }
        let tolerance = 1e-3
        let poleLabelled = abs(north.first! - 90) < tolerance || abs(north.last! + 90) < tolerance
        let regularGlobalRows = abs((north.first! - north.last!) - (180 - latitudeStep)) < tolerance
        let regularGlobalColumns = abs((west.last! - west.first!) - (360 - longitudeStep)) < tolerance
        if !latitudesAreCentres && poleLabelled && regularGlobalRows {
            latitudes = (0..<rows).map { 90 - (Double($0) + 0.5) * latitudeStep }
            longitudes = regularGlobalColumns ? west.map { $0 + longitudeStep / 2 } : west
            labelsAreEdges = true
        } else {
            latitudes = north
            longitudes = west
            labelsAreEdges = false
        }
        note = nil
    }

    /// Number of rows (latitudes).
    public var rows: Int { latitudes.count }
    /// Number of columns (longitudes).
    public var columns: Int { longitudes.count }

    /// A stored slice (row-major in the file's order) in north-first, west-first order.
    /// - Precondition: `values.count == rows * columns`.
    public func oriented(_ values: [Double]) -> [Double] {
        precondition(values.count == rows * columns, "LatLonCellLayout: \(values.count) values for \(rows)x\(columns)")
        var ordered = [Double](repeating: .nan, count: values.count)
        for (r, sr) in rowOrder.enumerated() {
            let target = r * columns, source = sr * columns
            for (c, sc) in columnOrder.enumerated() { ordered[target + c] = values[source + sc] }
        }
        return ordered
    }
}
