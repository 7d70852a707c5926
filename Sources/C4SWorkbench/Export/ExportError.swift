/// Why an export was refused. The target file is unchanged in every case.
public enum ExportError: Error, CustomStringConvertible, Sendable, Equatable {
    case groupExists(file: String, group: String)

    /// The message shown to users.
    public var description: String {
        switch self {
        case .groupExists(let file, let group):
            "\(file): group \(group) already exists; choose another group name (--group) or another file"
        }
    }
}
