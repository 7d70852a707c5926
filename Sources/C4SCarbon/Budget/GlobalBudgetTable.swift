import C4SIO
import Foundation

/// The Global Carbon Budget table (`gcb2023-global-budget.csv`): one `GlobalCarbonBudgetYear` per row, and
/// for every value the rounding its printed digits imply (half a unit in the last printed decimal place),
/// from which identity checks take their tolerance.
public struct GlobalBudgetTable: Sendable {
    /// The file name, for messages.
    public let source: String
    /// The years in file order, GtC/yr.
    public let years: [GlobalCarbonBudgetYear]
    /// Line number of each year in the file (1-based).
    public let lineNumbers: [Int]
    /// Half a unit in the last printed decimal place of each flux, GtC/yr: `[row][column]`, columns in
    /// `GlobalBudgetTable.fluxColumns` order.
    public let roundingHalfUnits: [[Double]]

    /// The flux columns, in file order after `Year`.
    public static let fluxColumns = Array(GlobalCarbonBudget.gcb2023.columnNames.dropFirst())

    /// Reads the table. - Throws: `CSVError` naming the file and line of a missing column or unreadable cell.
    public init(contentsOf url: URL) throws {
        let table = try GlobalCarbonBudget.gcb2023.read(url)
        source = url.lastPathComponent
        years = try GlobalCarbonBudgetYear.load(from: url)
        lineNumbers = table.lineNumbers
        let texts = try Self.fluxColumns.map { try table.strings(column: $0) }
        roundingHalfUnits = (0..<table.rowCount).map { row in
            texts.map { Self.halfUnitInLastPlace($0[row]) }
        }
    }

    /// The year `year`, or nil when the table does not have it.
    public func year(_ year: Int) -> GlobalCarbonBudgetYear? {
        years.first { $0.year == year }
    }

    /// Half a unit in the last decimal place of a number as printed: "2.41666545551985" → 5e-15,
    /// "1.5" → 0.05, "12" → 0.5. Exponent notation ("1.2e-3") scales accordingly.
    public static func halfUnitInLastPlace(_ text: String) -> Double {
        let lower = text.trimmingCharacters(in: .whitespaces).lowercased()
        let parts = lower.split(separator: "e", maxSplits: 1)
        let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
        let mantissa = parts.first.map(String.init) ?? ""
        let decimals = mantissa.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0
        return 0.5 * pow(10, Double(exponent - decimals))
    }
}
