/// The `YYYY-MM` dates of NOAA's monthly CO2 files.
enum NOAAYearMonth {
    /// The year and month of the cell at `row` of `table`'s `date` column; throws a `CSVError` naming the
    /// line unless it is `YYYY-MM` with a month from 1 to 12.
    static func parse(row: Int, of table: CSVTable, dates: [String]) throws -> (year: Int, month: Int) {
        let cell = dates[row]
        let parts = cell.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else {
            throw table.cellError(row: row, column: "date", cell: cell, expected: "a YYYY-MM date")
        }
        return (year, month)
    }
}
