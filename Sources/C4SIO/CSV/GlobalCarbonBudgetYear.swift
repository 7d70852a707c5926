import Foundation

/// One year of the global carbon budget (`GlobalCarbonBudget.gcb2023`); every flux in GtC/yr, sinks as
/// positive numbers.
public struct GlobalCarbonBudgetYear: Sendable, Equatable {
    /// Calendar year.
    public let year: Int
    /// Fossil CO2 emissions excluding cement carbonation, GtC/yr.
    public let fossilEmissions: Double
    /// Land-use change emissions, GtC/yr.
    public let landUseChangeEmissions: Double
    /// Atmospheric CO2 growth, GtC/yr.
    public let atmosphericGrowth: Double
    /// Ocean sink, GtC/yr.
    public let oceanSink: Double
    /// Land sink, GtC/yr.
    public let landSink: Double
    /// Cement carbonation sink, GtC/yr.
    public let cementCarbonationSink: Double
    /// Budget imbalance as published, GtC/yr.
    public let budgetImbalance: Double

    /// A year of the budget, every flux in GtC/yr.
    public init(
        year: Int, fossilEmissions: Double, landUseChangeEmissions: Double, atmosphericGrowth: Double,
        oceanSink: Double, landSink: Double, cementCarbonationSink: Double, budgetImbalance: Double
    ) {
        self.year = year
        self.fossilEmissions = fossilEmissions
        self.landUseChangeEmissions = landUseChangeEmissions
        self.atmosphericGrowth = atmosphericGrowth
        self.oceanSink = oceanSink
        self.landSink = landSink
        self.cementCarbonationSink = cementCarbonationSink
        self.budgetImbalance = budgetImbalance
    }

    /// The imbalance recomputed from the other terms: fossil + land-use change - growth - ocean - land -
    /// cement carbonation, GtC/yr. Equal to `budgetImbalance` up to rounding in the published file.
    public var computedImbalance: Double {
        fossilEmissions + landUseChangeEmissions - atmosphericGrowth - oceanSink - landSink - cementCarbonationSink
    }

    /// Reads `gcb2023-global-budget.csv` (or a file with the same header) in file order; throws a
    /// `CSVError` naming the file and line for a missing column or an unreadable cell. The file's `#`
    /// comments are not returned; read them with `GlobalCarbonBudget.gcb2023.read(url).comments`.
    public static func load(from url: URL) throws -> [GlobalCarbonBudgetYear] {
        let table = try GlobalCarbonBudget.gcb2023.read(url)
        let names = GlobalCarbonBudget.gcb2023.columnNames
        let years = try table.ints(column: names[0])
        let fluxes = try names.dropFirst().map { try table.doubles(column: $0) }
        return years.indices.map { row in
            GlobalCarbonBudgetYear(
                year: years[row], fossilEmissions: fluxes[0][row], landUseChangeEmissions: fluxes[1][row],
                atmosphericGrowth: fluxes[2][row], oceanSink: fluxes[3][row], landSink: fluxes[4][row],
                cementCarbonationSink: fluxes[5][row], budgetImbalance: fluxes[6][row])
        }
    }
}
