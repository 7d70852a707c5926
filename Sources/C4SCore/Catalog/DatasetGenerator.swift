/// The recipe of a generated dataset: a generator name and its parameters.
///
/// Generators: `stencil-grid` (parameters `dims`, `pattern` = random | gaussian | checkerboard,
/// `seed`), `poisson2d` / `poisson3d` (`n`, points per side), `rmat` (`scale`, `edgeFactor`,
/// `a`, `b`, `c`, `seed`).
public struct DatasetGenerator: Codable, Sendable, Equatable {
    /// Generator name.
    public var name: String
    /// Parameters by name.
    public var parameters: [String: CatalogValue]

    /// Creates a generator recipe.
    public init(name: String, parameters: [String: CatalogValue]) {
        self.name = name
        self.parameters = parameters
    }
}
