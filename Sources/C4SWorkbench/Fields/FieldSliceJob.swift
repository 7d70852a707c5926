import C4SCore
import C4SIO
import Foundation

/// Reads one time step of one variable of a gridded field dataset (a map), with its latitude and
/// longitude, and reports the area-weighted global mean and the ocean/valid coverage. The map
/// exports as `data/<variable>` with `data/lat` and `data/lon` attached as dimension scales, so
/// xarray and netCDF tools open it as a CF map.
public struct FieldSliceJob: Job {
    /// The job kind `field`.
    public static let descriptor = JobDescriptor(
        id: "field",
        title: "Map of a gridded field (one variable, one time step)",
        summary: """
            Reads a latitude/longitude map from a field dataset of the catalog (netCDF), applying \
            scale/offset and fill values, and reports its area-weighted mean (cell areas ∝ cos φ) and \
            the fraction of cells with a value. The Carbon pane's export (e) runs this job.
            """,
        parameters: [
            ParameterSpec("dataset", "field dataset id", kind: .dataset(kinds: ["field"]), default: .string("takahashi09")),
            ParameterSpec("variable", "variable name (default: the dataset's first map variable)", kind: .text, default: .string("first")),
            ParameterSpec("time", "time step, from 0, counted across the dataset's files", kind: .int(0...100_000), default: .int(0)),
        ],
        workUnit: WorkUnit(name: "grid cell", throughputLabel: "Mcells/s", scale: 1e6),
        make: { parameters, environment in try FieldSliceJob(parameters: parameters, environment: environment) })

    /// The descriptor of this job.
    public var descriptor: JobDescriptor { Self.descriptor }
    /// Validated parameters.
    public let parameters: JobParameters
    /// The dataset read.
    public let datasets: [DatasetReference]
    private let urls: [URL]

    /// Resolves the dataset. - Throws: `CatalogError` for an unknown id or missing files,
    /// `JobError.failed` when the dataset is not a field.
    public init(parameters: JobParameters, environment: JobEnvironment) throws {
        let resolved = try environment.resolve(parameters.string("dataset"))
        guard resolved.entry.kind == .field else {
            throw JobError.failed(job: "field", reason: "dataset \(resolved.entry.id) is a \(resolved.entry.kind.rawValue), not a field; field datasets: "
                                  + environment.catalog.entries(of: .field).map(\.id).joined(separator: ", "))
        }
        self.parameters = parameters
        datasets = [resolved.reference]
        urls = resolved.urls
    }

    /// Reads the slice. - Throws: `JobError.failed` for an unknown variable or time step.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date()
        var remaining = parameters.int("time")
        var chosen = parameters.string("variable")
        for url in urls {
            try context.checkCancellation()
            let file = try NetCDFFile.open(url)
            let mappable = NetCDFFieldReader.mappableVariables(in: file)
            if chosen == "first", let first = mappable.first { chosen = first.name }
            guard let variable = mappable.first(where: { $0.name == chosen }) else {
                throw JobError.failed(job: "field", reason: "\(url.lastPathComponent) has no map variable '\(chosen)'; map variables: "
                                      + mappable.map(\.name).joined(separator: ", "))
            }
            let steps = NetCDFFieldReader.timeSteps(of: variable)
            guard remaining < steps else {
                remaining -= steps
                continue
            }
            let read = ContinuousClock.now
            let field = try NetCDFFieldReader.read(file, variable: chosen, time: remaining,
                                                   timeLabel: "\(url.lastPathComponent) step \(remaining)")
            let seconds = max(WallClock.seconds(since: read), 1e-9)
            context.emit(JobSample(elapsed: context.elapsed, duration: seconds, workUnits: Double(field.values.count),
                                   bytes: Double(field.values.count * 8)))
            let mean = field.areaMean(rows: 0..<field.rows, columns: 0..<field.columns)
            return JobResult(
                job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples,
                metrics: [
                    ResultMetric("area_mean", mean?.mean ?? .nan, unit: field.units, summary: "area-weighted mean of \(chosen) over cells with a value"),
                    ResultMetric("valid_fraction", Double(mean?.cells ?? 0) / Double(field.values.count), unit: "1",
                                 summary: "fraction of grid cells with a value"),
                ],
                arrays: [
                    ResultArray(name: chosen, shape: [field.rows, field.columns], storage: .float64(field.values), unit: field.units,
                                summary: "\(chosen), \(field.timeLabel); rows north to south", dimensionNames: ["lat", "lon"]),
                    ResultArray(name: "lat", shape: [field.rows], storage: .float64(field.latitudes), unit: "degrees_north",
                                summary: "latitude of cell centres", dimensionNames: ["lat"]),
                    ResultArray(name: "lon", shape: [field.columns], storage: .float64(field.longitudes), unit: "degrees_east",
                                summary: "longitude of cell centres", dimensionNames: ["lon"]),
                ])
        }
        throw JobError.failed(job: "field", reason: "time step \(parameters.int("time")) is past the end of \(parameters.string("dataset"))")
    }
}
