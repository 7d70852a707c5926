/// One record of a CSV file: its fields and the line it starts on.
struct CSVRecord: Sendable, Equatable {
    /// The 1-based line number of the record's first character.
    let line: Int
    /// The fields, unquoted, with `""` turned into `"`.
    let fields: [String]
}
