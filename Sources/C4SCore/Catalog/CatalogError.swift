/// Errors finding, reading or checking catalog datasets. Each message names what was looked for,
/// where, and what to do instead.
public enum CatalogError: Error, CustomStringConvertible, Sendable, Equatable {
    case noRepository
    case unreadable(file: String, reason: String)
    case invalid(file: String, reason: String)
    case duplicateID(file: String, id: String)
    case unknownID(String, suggestions: [String])
    case missingFile(path: String, dataset: String, searched: [String], origin: String?)
    case generated(dataset: String)

    /// The message shown to users.
    public var description: String {
        switch self {
        case .noRepository:
            return "cannot find the dataset catalog: run c4s from inside the C4S Workbench checkout, "
                + "or set C4S_REPO to the folder that holds datasets/catalog.json"
        case .unreadable(let file, let reason):
            return "\(file): cannot read the catalog: \(reason)"
        case .invalid(let file, let reason):
            return "\(file): not a valid catalog: \(reason)"
        case .duplicateID(let file, let id):
            return "\(file): dataset id '\(id)' appears twice; ids must be unique"
        case .unknownID(let id, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?"
            return "no dataset '\(id)' in the catalog (see `c4s datasets list`)\(hint)"
        case .missingFile(let path, let dataset, let searched, let origin):
            var text = "dataset '\(dataset)': file \(path) not found. Searched, in order:\n"
            text += searched.map { "  - \($0)" }.joined(separator: "\n")
            if let origin { text += "\nDownload it from \(origin) into one of these folders (or set C4S_DATA_DIR)." }
            return text
        case .generated(let dataset):
            return "dataset '\(dataset)' is generated from parameters and has no files"
        }
    }
}
