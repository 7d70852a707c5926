import C4SCarbon
import C4SIO

/// The arrays of a `CarbonBudgetJob` result: one value per year along the dimension `year` (from the
/// table's first year to the last year with an estimate or drivers), NaN where a year has no value.
struct BudgetArrays {
    let arrays: [ResultArray]

    init(table: GlobalBudgetTable, drivers: BudgetDrivers, estimates: [AnnualBudgetEstimate]) {
        let first = table.years.first!.year
        let last = max(table.years.last!.year, estimates.map(\.year).max() ?? first)
        let years = Array(first...last)
        var arrays = [ResultArray(name: "year", shape: [years.count], storage: .int64(years.map(Int64.init)), unit: "year",
                                  summary: "calendar year", dimensionNames: ["year"])]
        func column(_ name: String, _ unit: String, _ summary: String, _ value: (Int) -> Double?) {
            arrays.append(ResultArray(name: name, shape: [years.count], storage: .float64(years.map { value($0) ?? .nan }),
                                      unit: unit, summary: summary, dimensionNames: ["year"]))
        }
        let published: [(String, String, KeyPath<GlobalCarbonBudgetYear, Double>)] = [
            ("fossil", "fossil emissions excluding carbonation", \.fossilEmissions),
            ("land_use_change", "land-use change emissions", \.landUseChangeEmissions),
            ("atmospheric_growth", "atmospheric growth", \.atmosphericGrowth),
            ("ocean_sink", "ocean sink", \.oceanSink),
            ("land_sink", "land sink", \.landSink),
            ("cement_carbonation", "cement carbonation sink", \.cementCarbonationSink),
            ("budget_imbalance", "budget imbalance", \.budgetImbalance),
            ("recomputed_imbalance", "imbalance recomputed from the other columns", \.computedImbalance),
        ]
        for (name, meaning, path) in published {
            column("gcb_\(name)", "GtC/yr", "GCB 2023 \(meaning)") { table.year($0)?[keyPath: path] }
        }
        column("co2_mauna_loa", "ppm", "annual mean CO2 at Mauna Loa") { drivers.year($0)?.carbonDioxide }
        column("co2_growth_rate", "ppm/yr", "NOAA global CO2 growth rate") { drivers.year($0)?.growthRate }
        column("nino34", "degC", "Nino-3.4 SST anomaly, ERSST v5, annual mean of the months covered") { drivers.year($0)?.nino34 }
        column("sst_anomaly", "degC", "60S-60N SST anomaly, ERSST v5, annual mean of the months covered") { drivers.year($0)?.seaSurfaceTemperatureAnomaly }
        let byYear = Dictionary(estimates.map { ($0.year, $0) }, uniquingKeysWith: { $1 })
        let estimated: [(String, String, KeyPath<AnnualBudgetEstimate, EstimateWithUncertainty>)] = [
            ("fossil", "fossil emissions (5-year trend)", \.fossilEmissions),
            ("ocean_sink", "ocean sink (ridge emulator)", \.oceanSink),
            ("land_sink", "land sink (ridge emulator)", \.landSink),
            ("land_sink_residual", "land sink as budget residual", \.landSinkResidual),
        ]
        for (name, meaning, path) in estimated {
            column("estimate_\(name)", "GtC/yr", "estimated \(meaning) from the table before the year") { byYear[$0]?[keyPath: path].value }
            column("estimate_\(name)_sigma", "GtC/yr", "1 sigma of estimate_\(name)") { byYear[$0]?[keyPath: path].sigma }
        }
        column("estimate_atmospheric_growth", "GtC/yr", "2.124 GtC/ppm x NOAA growth rate") { byYear[$0]?.atmosphericGrowth }
        column("estimate_last_table_year", "year", "last table year the estimate used") { byYear[$0].map { Double($0.lastTableYear) } }
        self.arrays = arrays
    }
}
