/// Why an export was refused. The target file is unchanged in every case.
public enum ExportError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The HDF5 group is already in the file.
    case groupExists(file: String, group: String)
    /// A CSV export found no 1-D array along the dimension asked for.
    case noColumns(file: String, dimension: String)

    /// The message shown to users.
    public var description: String {
        switch self {
        case .groupExists(let file, let group):
            "\(file): group \(group) already exists; choose another group name (--group) or another file"
        case .noColumns(let file, let dimension):
            "\(file): the result has no 1-D array along '\(dimension)' to write as CSV columns; export to HDF5 (.h5) instead"
        }
    }
}
