import C4SCore

/// A dataset a result was computed from, as recorded in provenance: its id and each file's SHA-256,
/// or the generator recipe.
public struct DatasetReference: Sendable, Equatable {
    /// Catalog id.
    public let id: String
    /// Files (relative path, SHA-256) as listed in the catalog.
    public let files: [(path: String, sha256: String)]
    /// The generator and parameters, for generated datasets (e.g. `stencil-grid dims=1024x1024 ...`).
    public let recipe: String?

    /// The reference of a catalog entry.
    public init(entry: CatalogEntry) {
        id = entry.id
        files = entry.files.map { ($0.path, $0.sha256) }
        recipe = entry.generator.map { g in
            ([g.name] + g.parameters.keys.sorted().map { "\($0)=\(g.parameters[$0]!)" }).joined(separator: " ")
        }
    }

    /// Equal when id, files and recipe match.
    public static func == (a: DatasetReference, b: DatasetReference) -> Bool {
        a.id == b.id && a.recipe == b.recipe
            && a.files.map(\.path) == b.files.map(\.path) && a.files.map(\.sha256) == b.files.map(\.sha256)
    }
}
