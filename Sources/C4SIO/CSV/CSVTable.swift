import Foundation

/// A CSV file read into columns of text, with typed accessors.
///
/// Every column has `rowCount` cells; `lineNumbers[row]` is the file line each row starts on, which the
/// accessors use to report unreadable cells.
public struct CSVTable: Sendable, Equatable {
    /// The file's path or the name given to `CSVReader.parse`, used in error messages.
    public let source: String
    /// The column names: the file's header, or the names given with `CSVReadOptions.columnNames`.
    public let header: [String]
    /// The fields of the file's header line as written (equal to `header` when read with `.strict`).
    public let fileHeader: [String]
    /// The 1-based line number of the header line.
    public let headerLine: Int
    /// The cells, one array per column in `header` order, each with `rowCount` entries.
    public let columns: [[String]]
    /// The 1-based line number on which each data row starts.
    public let lineNumbers: [Int]
    /// The text of every `#` comment line, in file order, without the `#` and surrounding spaces.
    public let comments: [String]

    /// What numeric accessors trim from cells: spaces and tabs.
    private static let spaces = CharacterSet(charactersIn: " \t")

    /// The number of data rows (the header and comment lines are not rows).
    public var rowCount: Int { lineNumbers.count }

    /// The cells of the column called `name`, as written. Throws when no column, or more than one, has
    /// that name; the message lists the names.
    public func strings(column name: String) throws -> [String] {
        columns[try columnIndex(name)]
    }

    /// The column called `name` as numbers. Cells are trimmed of spaces and tabs; an empty cell or `NaN`
    /// (any case) is NaN; anything else must be a decimal floating-point number (`inf` and `infinity` are
    /// accepted too). Throws for the first unreadable cell, naming its line, row and text.
    public func doubles(column name: String) throws -> [Double] {
        let index = try columnIndex(name)
        return try columns[index].enumerated().map { row, cell in
            let text = cell.trimmingCharacters(in: Self.spaces)
            if text.isEmpty || text.lowercased() == "nan" { return .nan }
            guard let value = Double(text) else { throw cellError(row: row, column: name, cell: cell, expected: "a number") }
            return value
        }
    }

    /// The column called `name` as integers (cells trimmed of spaces and tabs; a sign and leading zeros
    /// are allowed, as in NOAA's `-01`). Throws for the first cell that is empty or not an integer.
    public func ints(column name: String) throws -> [Int] {
        let index = try columnIndex(name)
        return try columns[index].enumerated().map { row, cell in
            guard let value = Int(cell.trimmingCharacters(in: Self.spaces)) else {
                throw cellError(row: row, column: name, cell: cell, expected: "an integer")
            }
            return value
        }
    }

    /// An error for the cell at `row` of column `column` that is not `expected`.
    func cellError(row: Int, column: String, cell: String, expected: String) -> CSVError {
        CSVError(source: source, line: lineNumbers[row],
                 message: "row \(row + 1), column '\(column)': \(cell.debugDescription) is not \(expected)")
    }

    private func columnIndex(_ name: String) throws -> Int {
        let matches = header.indices.filter { header[$0] == name }
        guard matches.count == 1 else {
            let problem = matches.isEmpty ? "no column named '\(name)'" : "\(matches.count) columns are named '\(name)'"
            throw CSVError(source: source, line: nil,
                           message: "\(problem); columns: \(header.map(\.debugDescription).joined(separator: ", "))")
        }
        return matches[0]
    }
}
