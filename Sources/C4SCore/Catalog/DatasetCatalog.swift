import Foundation

/// The dataset catalog (`datasets/catalog.json`): every real and generated dataset by id.
public struct DatasetCatalog: Codable, Sendable, Equatable {
    /// Format version of the catalog file.
    public var version: Int
    /// The datasets, in catalog order.
    public var datasets: [CatalogEntry]

    /// Creates a catalog from entries.
    public init(version: Int = 1, datasets: [CatalogEntry]) {
        self.version = version
        self.datasets = datasets
    }

    /// Reads and validates a catalog file.
    /// - Throws: `CatalogError.unreadable` / `.invalid` naming the file and the problem,
    ///   `.duplicateID` when two entries share an id.
    public static func load(from url: URL) throws -> DatasetCatalog {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CatalogError.unreadable(file: url.path, reason: error.localizedDescription)
        }
        let catalog: DatasetCatalog
        do {
            catalog = try JSONDecoder().decode(DatasetCatalog.self, from: data)
        } catch let error as DecodingError {
            throw CatalogError.invalid(file: url.path, reason: Self.describe(error))
        }
        var seen = Set<String>()
        for entry in catalog.datasets where !seen.insert(entry.id).inserted {
            throw CatalogError.duplicateID(file: url.path, id: entry.id)
        }
        return catalog
    }

    /// The catalog of the current repository (`datasets/catalog.json` under `RepositoryLocator.current()`).
    /// - Throws: `CatalogError.noRepository` when the binary runs outside a checkout and `C4S_REPO` is unset.
    public static func current() throws -> DatasetCatalog {
        guard let repo = RepositoryLocator.current() else { throw CatalogError.noRepository }
        return try load(from: repo.appendingPathComponent("datasets/catalog.json"))
    }

    /// The entry with this id (exact, then case-insensitive).
    /// - Throws: `CatalogError.unknownID` listing the closest ids.
    public func entry(_ id: String) throws -> CatalogEntry {
        if let e = datasets.first(where: { $0.id == id }) { return e }
        if let e = datasets.first(where: { $0.id.lowercased() == id.lowercased() }) { return e }
        let suggestions = datasets.map(\.id)
            .sorted { EditDistance.between($0, id) < EditDistance.between($1, id) }
            .prefix(3)
        throw CatalogError.unknownID(id, suggestions: Array(suggestions))
    }

    /// Entries of one kind, in catalog order.
    public func entries(of kind: DatasetKind) -> [CatalogEntry] {
        datasets.filter { $0.kind == kind }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let c): return "missing key '\(key.stringValue)' at \(path(c))"
        case .typeMismatch(_, let c), .valueNotFound(_, let c): return "\(c.debugDescription) at \(path(c))"
        case .dataCorrupted(let c): return "\(c.debugDescription) \(path(c))"
        @unknown default: return String(describing: error)
        }
    }
}
