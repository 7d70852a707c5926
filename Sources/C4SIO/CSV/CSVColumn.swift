/// One column of a known CSV layout: its name, unit and meaning.
public struct CSVColumn: Sendable, Equatable {
    /// The column's name in a `CSVTable` read with the schema.
    public let name: String
    /// The unit of the values (`ppm`, `ppm/yr`, `GtC/yr`, `days`, `year`), or nil for labels and counts
    /// without one.
    public let unit: String?
    /// What the column holds, including how missing values are marked.
    public let meaning: String

    /// A column description.
    public init(name: String, unit: String?, meaning: String) {
        self.name = name
        self.unit = unit
        self.meaning = meaning
    }
}
