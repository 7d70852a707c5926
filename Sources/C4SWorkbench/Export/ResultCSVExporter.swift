import C4SIO
import Foundation

/// Writes the 1-D arrays of a result that run along one dimension (e.g. `year`) as the columns of a CSV
/// table, one row per index, atomically (`CSVWriter`). Column names carry the unit (`ocean_sink [GtC/yr]`);
/// NaN cells are left empty; comment lines give the job, its parameters and its metrics.
public enum ResultCSVExporter {
    /// Exports `result`'s arrays on `dimension` (the array named like the dimension first) to `url`.
    /// - Throws: `ExportError.noColumns` when the result has no array on that dimension; the file system's
    ///   error otherwise. Either way an existing file is unchanged.
    public static func export(_ result: JobResult, dimension: String, to url: URL) throws {
        let columns = result.arrays.filter { $0.shape.count == 1 && $0.dimensionNames == [dimension] }
            .sorted { ($0.name == dimension ? 0 : 1) < ($1.name == dimension ? 0 : 1) }
        guard let length = columns.first?.shape[0] else {
            throw ExportError.noColumns(file: url.path, dimension: dimension)
        }
        let texts: [[String]] = columns.map { array in
            switch array.storage {
            case .float64(let v): v.map { $0.isFinite ? String($0) : "" }
            case .float32(let v): v.map { $0.isFinite ? String($0) : "" }
            case .int64(let v): v.map(String.init)
            }
        }
        let rows = (0..<length).map { i in texts.map { i < $0.count ? $0[i] : "" } }
        let comments = ["\(result.title) (c4s job \(result.jobID))", result.parameters.invocation(jobID: result.jobID)]
            + result.metrics.map { "\($0.name) = \($0.value) \($0.unit): \($0.summary)" }
        try CSVWriter.write(header: columns.map { $0.unit == "1" || $0.name == dimension ? $0.name : "\($0.name) [\($0.unit)]" },
                            rows: rows, comments: comments, to: url)
    }
}
