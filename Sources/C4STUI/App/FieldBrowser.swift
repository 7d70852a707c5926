import C4SCore
import C4SIO
import C4SWorkbench
import Foundation

/// The state of the map pane: which field dataset, variable and time step is shown, the cursor
/// in grid coordinates, and the zoom. Loads slices from the dataset's netCDF files on demand.
public final class FieldBrowser {
    /// One time step: which file and which index inside it.
    struct Step {
        let file: URL
        let index: Int
        let label: String
    }

    /// The field datasets of the catalog.
    public let datasets: [CatalogEntry]
    private let locator: DatasetLocator
    /// Selected dataset.
    public private(set) var datasetIndex = 0
    /// Mappable variable names of the selected dataset.
    public private(set) var variables: [String] = []
    /// Selected variable.
    public private(set) var variableIndex = 0
    /// Time steps of the selected variable across the dataset's files.
    private var steps: [Step] = []
    /// Selected time step.
    public private(set) var timeIndex = 0
    /// The slice shown, once loaded.
    public private(set) var field: LatLonField?
    /// Why nothing is shown, when loading failed.
    public private(set) var error: String?
    /// Cursor row and column in the grid (north-first, west-first).
    public var cursor = (row: 0, column: 0)
    /// Zoom factor: 1 shows the whole grid, 2 half of it each way, up to 16.
    public private(set) var zoom = 1
    /// The corner where the region box being drawn started (`m`); the cursor is the other corner.
    public private(set) var regionAnchor: (row: Int, column: Int)?
    /// The region box last closed with Enter; kept across time steps and variables.
    public private(set) var region: MapRegion?

    /// Creates a browser over the catalog's field datasets; nothing is read until `load()`.
    public init(catalog: DatasetCatalog, locator: DatasetLocator) {
        datasets = catalog.entries(of: .field)
        self.locator = locator
    }

    /// The dataset id, variable and time step shown, for the `field` job.
    public var selection: (dataset: String, variable: String, time: Int)? {
        guard field != nil, datasets.indices.contains(datasetIndex), variables.indices.contains(variableIndex) else { return nil }
        return (datasets[datasetIndex].id, variables[variableIndex], timeIndex)
    }

    /// Reads the current selection (dataset, variable, time) if not yet read.
    public func load() {
        guard field == nil, error == nil, datasets.indices.contains(datasetIndex) else { return }
        do {
            let entry = datasets[datasetIndex]
            let urls = try locator.urls(of: entry)
            if variables.isEmpty {
                let first = try NetCDFFile.open(urls[0])
                variables = NetCDFFieldReader.mappableVariables(in: first).map(\.name)
                guard !variables.isEmpty else { throw NetCDFFieldError.noMappableVariable(entry.id) }
                variableIndex = variables.firstIndex(of: Self.preferredVariable(entry)) ?? 0
            }
            if steps.isEmpty { steps = try Self.steps(of: variables[variableIndex], in: urls) }
            timeIndex = min(timeIndex, steps.count - 1)
            let step = steps[timeIndex]
            let file = try NetCDFFile.open(step.file)
            field = try NetCDFFieldReader.read(file, variable: variables[variableIndex], time: step.index,
                                               timeLabel: "\(step.label) (\(timeIndex + 1)/\(steps.count))")
            if let f = field {
                cursor = (min(cursor.row, f.rows - 1), min(cursor.column, f.columns - 1))
                if cursor == (0, 0) { cursor = (f.rows / 2, f.columns / 2) }
            }
        } catch {
            self.error = String(describing: error)
        }
    }

    /// Selects the next (+1) or previous (-1) dataset.
    public func stepDataset(_ delta: Int) {
        guard !datasets.isEmpty else { return }
        datasetIndex = (datasetIndex + delta + datasets.count) % datasets.count
        variables = []
        steps = []
        timeIndex = 0
        cancelRegion()
        reset()
    }

    /// Selects the next or previous variable.
    public func stepVariable(_ delta: Int) {
        guard !variables.isEmpty else { return }
        variableIndex = (variableIndex + delta + variables.count) % variables.count
        steps = []
        reset()
    }

    /// Selects the next or previous time step.
    public func stepTime(_ delta: Int) {
        guard !steps.isEmpty else { return }
        timeIndex = (timeIndex + delta + steps.count) % steps.count
        reset()
    }

    /// Zooms in (+1) or out (-1) around the cursor, between 1x and 16x.
    public func stepZoom(_ delta: Int) {
        zoom = min(max(delta > 0 ? zoom * 2 : zoom / 2, 1), 16)
    }

    /// Moves the cursor by grid cells, clamped to the grid.
    public func moveCursor(rows: Int, columns: Int) {
        guard let f = field else { return }
        cursor = (min(max(cursor.row + rows, 0), f.rows - 1), min(max(cursor.column + columns, 0), f.columns - 1))
    }

    /// Starts a region box at the cursor, replacing any closed one.
    public func startRegion() {
        guard field != nil else { return }
        regionAnchor = cursor
        region = nil
    }

    /// Closes the box being drawn at the cursor; its summary is then shown.
    public func closeRegion() {
        guard let anchor = regionAnchor else { return }
        region = MapRegion(corner: anchor, corner: cursor)
        regionAnchor = nil
    }

    /// Forgets the box being drawn and the closed one.
    public func cancelRegion() {
        regionAnchor = nil
        region = nil
    }

    /// The box to draw: the one being drawn, else the closed one.
    public var visibleRegion: MapRegion? {
        regionAnchor.map { MapRegion(corner: $0, corner: cursor) } ?? region
    }

    private func reset() {
        field = nil
        error = nil
        load()
    }

    /// The variable to show first: the carbon quantity when the dataset has one.
    static func preferredVariable(_ entry: CatalogEntry) -> String {
        ["pCO2_sw", "fCO2_2010_interpolated_pred", "sst", "land_proportion", "sea-mask"]
            .first { name in entry.variables?.contains { $0.name == name } ?? false } ?? ""
    }

    /// Every time step of `variable` across files: one per file, or one per index of a time dimension.
    static func steps(of variable: String, in urls: [URL]) throws -> [Step] {
        var steps: [Step] = []
        for url in urls {
            let file = try NetCDFFile.open(url)
            let v = try file.variable(variable)
            let n = NetCDFFieldReader.timeSteps(of: v)
            let axis = n > 1 ? try? CFTimeAxis(file: file, dimension: v.dimensions[0]) : nil
            let times = axis.map(\.labels).flatMap { $0.count == n ? $0 : nil }
            for i in 0..<n {
                steps.append(Step(file: url, index: i, label: times?[i] ?? url.deletingPathExtension().lastPathComponent))
            }
        }
        return steps
    }
}

/// A field dataset that cannot be drawn.
enum NetCDFFieldError: Error, CustomStringConvertible {
    case noMappableVariable(String)

    var description: String {
        switch self {
        case .noMappableVariable(let id): "\(id): no variable on a latitude/longitude grid"
        }
    }
}
