import C4SIO
import Foundation

/// Writes job results into HDF5 files, one result per group, with provenance.
///
/// Layout of a result group (units in each data set's `units` attribute, CF style):
/// ```
/// <group>                 attrs: job_id, title, command_line, software_version, git_commit, host,
///                                cpu_model, cores, started_at, finished_at, exported_at, throughput_*
///   parameters/           one attribute per parameter, typed
///   inputs/<dataset id>/  attrs: files, sha256, recipe
///   metrics/<name>        scalar float64, attrs units, long_name
///   samples/{elapsed,duration,work,bytes}  1-D float64 (s, s, work unit, bytes)
///   data/<name>           the job's arrays, chunked and deflated when large; 1-D arrays named
///                         like another array's dimension (lat, lon, time) become its dimension scales,
///                         with CF standard_name and axis when their units say latitude, longitude or time
/// ```
/// The write is atomic: the file is updated through a temporary copy and renamed into place,
/// so a failed export leaves any existing file, and the results already in it, unchanged.
public struct ResultExporter: Sendable {
    /// Provenance stamped on every group.
    public let provenance: Provenance

    /// Creates an exporter with the given provenance (default: this process now).
    public init(provenance: Provenance = .current()) {
        self.provenance = provenance
    }

    /// The default group path of a result: `results/<job id>-<start time as yyyyMMdd-HHmmss>`.
    public static func defaultGroup(for result: JobResult) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd-HHmmss"
        return "results/\(result.jobID)-\(f.string(from: result.startedAt))"
    }

    /// Adds `result` as group `group` of the HDF5 file at `url`, creating the file if needed.
    /// - Throws: `ExportError.groupExists` if the group is already there; `HDF5Error` on write failure.
    ///   In both cases the file on disk is unchanged.
    @discardableResult
    public func export(_ result: JobResult, to url: URL, group: String? = nil) throws -> String {
        let path = group ?? Self.defaultGroup(for: result)
        try HDF5File.writeAtomically(to: url, mode: .update) { file in
            if file.root.contains(path) { throw ExportError.groupExists(file: url.path, group: path) }
            try write(result, into: file.root.createGroup(path))
        }
        return path
    }

    /// Writes `result` into an open, empty group.
    public func write(_ result: JobResult, into g: HDF5Group) throws {
        try writeProvenance(result, into: g)
        let params = try g.createGroup("parameters")
        for (name, value) in result.parameters.entries {
            try params.setAttribute(name, Self.attribute(value))
        }
        let inputs = try g.createGroup("inputs")
        for ref in result.datasets {
            let d = try inputs.createGroup(ref.id)
            try d.setAttribute("files", .strings(ref.files.map(\.path)))
            try d.setAttribute("sha256", .strings(ref.files.map(\.sha256)))
            if let recipe = ref.recipe { try d.setAttribute("recipe", .string(recipe)) }
        }
        let metrics = try g.createGroup("metrics")
        for m in result.metrics {
            let ds = try metrics.writeDataset(m.name, values: [m.value], shape: [])
            try ds.setAttribute("units", .string(m.unit))
            try ds.setAttribute("long_name", .string(m.summary))
        }
        try writeSamples(result, into: g.createGroup("samples"))
        let data = try g.createGroup("data")
        var written: [String: HDF5Dataset] = [:]
        for array in result.arrays {
            written[array.name] = try write(array, into: data)
        }
        try attachCoordinates(result.arrays, written: written)
    }

    /// Makes every 1-D array whose name is a dimension name of another array (e.g. `lat`, `lon`)
    /// a dimension scale and attaches it to that dimension, as netCDF-4 and xarray expect.
    private func attachCoordinates(_ arrays: [ResultArray], written: [String: HDF5Dataset]) throws {
        let coordinates = arrays.filter { $0.shape.count == 1 && $0.dimensionNames == [$0.name] }
        for c in coordinates {
            guard let scale = written[c.name] else { continue }
            try scale.makeDimensionScale(name: c.name)
            if let (standardName, axis) = Self.coordinateRole(unit: c.unit) {
                try scale.setAttribute("standard_name", .string(standardName))
                try scale.setAttribute("axis", .string(axis))
            }
        }
        for array in arrays where !coordinates.contains(where: { $0.name == array.name }) {
            for (dim, name) in (array.dimensionNames ?? []).enumerated() {
                guard let c = coordinates.first(where: { $0.name == name }), c.shape[0] == array.shape[dim],
                      let scale = written[name], let target = written[array.name] else { continue }
                try target.attachDimensionScale(scale, toDimension: dim)
            }
        }
    }

    /// The CF `standard_name` and `axis` of a coordinate with this unit: latitude/Y for `degrees_north`,
    /// longitude/X for `degrees_east`, time/T for `<unit> since <date>`; nil otherwise.
    static func coordinateRole(unit: String) -> (standardName: String, axis: String)? {
        if unit == "degrees_north" { return ("latitude", "Y") }
        if unit == "degrees_east" { return ("longitude", "X") }
        if unit.contains(" since ") { return ("time", "T") }
        return nil
    }

    private func writeProvenance(_ result: JobResult, into g: HDF5Group) throws {
        let summary = result.throughput
        let attributes: [(String, HDF5AttributeValue)] = [
            ("job_id", .string(result.jobID)),
            ("title", .string(result.title)),
            ("command_line", .string(result.parameters.invocation(jobID: result.jobID))),
            ("software", .string("C4S Workbench")),
            ("software_version", .string(provenance.softwareVersion)),
            ("git_commit", .string(provenance.gitCommit ?? "unknown")),
            ("host", .string(provenance.host.hostname)),
            ("cpu_model", .string(provenance.host.cpuModel)),
            ("cores", .int(Int64(provenance.host.cores))),
            ("started_at", .string(ISO8601.string(result.startedAt))),
            ("finished_at", .string(ISO8601.string(result.finishedAt))),
            ("exported_at", .string(ISO8601.string(provenance.exportedAt))),
            ("dataset_ids", .strings(result.datasets.map(\.id))),
            ("throughput_units", .string(summary.label)),
            ("throughput_mean", .double(summary.mean)),
            ("throughput_peak", .double(summary.peak)),
        ]
        for (name, value) in attributes { try g.setAttribute(name, value) }
    }

    private func writeSamples(_ result: JobResult, into g: HDF5Group) throws {
        let n = result.samples.count
        let columns: [(String, [Double], String, String)] = [
            ("elapsed", result.samples.map(\.elapsed), "s", "time since job start at the end of the interval"),
            ("duration", result.samples.map(\.duration), "s", "length of the interval"),
            ("work", result.samples.map(\.workUnits), result.workUnit.name, "work done in the interval"),
            ("bytes", result.samples.map(\.bytes), "bytes", "bytes moved in the interval"),
        ]
        for (name, values, unit, summary) in columns {
            let ds = try g.writeDataset(name, values: values, shape: [n])
            try ds.setAttribute("units", .string(unit))
            try ds.setAttribute("long_name", .string(summary))
        }
        try g.writeStrings("label", result.samples.map { $0.label ?? "" })
    }

    private func write(_ array: ResultArray, into g: HDF5Group) throws -> HDF5Dataset {
        // Large arrays are deflated; the HDF5 layer then picks chunks of at most 1 MiB.
        let level = array.storage.count >= 1 << 16 && !array.shape.isEmpty ? 4 : nil
        let ds: HDF5Dataset
        switch array.storage {
        case .float64(let v): ds = try g.writeDataset(array.name, values: v, shape: array.shape, deflateLevel: level)
        case .float32(let v): ds = try g.writeDataset(array.name, values: v, shape: array.shape, deflateLevel: level)
        case .int64(let v): ds = try g.writeDataset(array.name, values: v, shape: array.shape, deflateLevel: level)
        }
        try ds.setAttribute("units", .string(array.unit))
        try ds.setAttribute("long_name", .string(array.summary))
        if let dims = array.dimensionNames { try ds.setAttribute("dimension_names", .strings(dims)) }
        return ds
    }

    static func attribute(_ value: ParameterValue) -> HDF5AttributeValue {
        switch value {
        case .int(let v): .int(Int64(v))
        case .double(let v): .double(v)
        case .string(let v): .string(v)
        case .bool(let v): .string(v ? "true" : "false")
        case .shape(let v): .ints(v.map(Int64.init))
        }
    }
}
