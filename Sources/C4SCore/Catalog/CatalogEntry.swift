/// One dataset of the catalog: real files with checksums and provenance, or a generator recipe.
public struct CatalogEntry: Codable, Sendable, Equatable, Identifiable {
    /// Stable identifier used on the command line (e.g. `bcsstk13`, `takahashi09`).
    public var id: String
    /// What the dataset holds.
    public var kind: DatasetKind
    /// One-line human title.
    public var title: String
    /// The mirrored files; empty for generated datasets.
    public var files: [DatasetFile]
    /// Public origin (repository or landing page).
    public var origin: String?
    /// Licence of the data.
    public var licence: String?
    /// How to cite the data.
    public var citation: String?
    /// For `field` datasets: the variables with units.
    public var variables: [DatasetVariable]?
    /// For generated datasets: the recipe.
    public var generator: DatasetGenerator?

    /// Creates an entry.
    public init(
        id: String, kind: DatasetKind, title: String, files: [DatasetFile] = [],
        origin: String? = nil, licence: String? = nil, citation: String? = nil,
        variables: [DatasetVariable]? = nil, generator: DatasetGenerator? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.files = files
        self.origin = origin
        self.licence = licence
        self.citation = citation
        self.variables = variables
        self.generator = generator
    }

    /// True when the dataset is made by a generator rather than read from files.
    public var isGenerated: Bool { generator != nil }

    /// Total size of the mirrored files in bytes.
    public var totalBytes: Int { files.reduce(0) { $0 + $1.bytes } }
}
