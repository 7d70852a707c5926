import Foundation

/// The known layout of a CSV file: its columns, their units, and whether the names replace the file's
/// header (for files whose header is wrong or incomplete) or must appear in it.
public struct CSVSchema: Sendable, Equatable {
    /// A short name for messages, e.g. `NOAA monthly global CO2`.
    public let name: String
    /// The columns, in file order when `replacesHeader` is true.
    public let columns: [CSVColumn]
    /// True: read with `.columnNames(columnNames)`, so each row must have exactly `columns.count` fields
    /// whatever the header says. False: read with `.strict`, and the header must contain every column name
    /// (in any order).
    public let replacesHeader: Bool

    /// A schema.
    public init(name: String, columns: [CSVColumn], replacesHeader: Bool) {
        self.name = name
        self.columns = columns
        self.replacesHeader = replacesHeader
    }

    /// The column names, in order.
    public var columnNames: [String] { columns.map(\.name) }

    /// Reads the file at `url` with this schema; throws a `CSVError` naming the file and line when it does
    /// not fit (wrong field counts, or, when the header is kept, header names missing).
    public func read(_ url: URL) throws -> CSVTable {
        if replacesHeader { return try CSVReader.read(url: url, options: .columnNames(columnNames)) }
        let table = try CSVReader.read(url: url, options: .strict)
        let missing = columnNames.filter { !table.header.contains($0) }
        guard missing.isEmpty else {
            throw CSVError(source: url.path, line: table.headerLine, message:
                "the header lacks \(missing.joined(separator: ", ")) expected for \(name); "
                    + "it has \(table.header.joined(separator: ", "))")
        }
        return table
    }
}
