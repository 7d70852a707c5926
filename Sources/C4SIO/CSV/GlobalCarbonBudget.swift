/// The layout of the Global Carbon Budget's global annual budget (Friedlingstein et al. 2023, ESSD,
/// doi:10.18160/gcp-2023; CC BY 4.0). The file starts with `#` comment lines (source, units, the budget
/// identity), then a header naming every column; values are GtC/yr (1 GtC = 3.664 GtCO2).
public enum GlobalCarbonBudget {
    /// `gcb2023-global-budget.csv`: one row per year, 1959-2022. Sinks are positive numbers;
    /// budget imbalance = fossil + land-use change - (growth + ocean + land + cement carbonation).
    public static let gcb2023 = CSVSchema(
        name: "Global Carbon Budget 2023",
        columns: [
            CSVColumn(name: "Year", unit: nil, meaning: "calendar year"),
            CSVColumn(name: "fossil emissions excluding carbonation", unit: "GtC/yr",
                      meaning: "CO2 emissions from fossil fuels and industry, excluding cement carbonation"),
            CSVColumn(name: "land-use change emissions", unit: "GtC/yr", meaning: "net CO2 emissions from land-use change"),
            CSVColumn(name: "atmospheric growth", unit: "GtC/yr", meaning: "growth of the atmospheric CO2 stock"),
            CSVColumn(name: "ocean sink", unit: "GtC/yr", meaning: "net uptake by the ocean"),
            CSVColumn(name: "land sink", unit: "GtC/yr", meaning: "net uptake by the terrestrial biosphere"),
            CSVColumn(name: "cement carbonation sink", unit: "GtC/yr", meaning: "uptake by carbonation of cement"),
            CSVColumn(name: "budget imbalance", unit: "GtC/yr",
                      meaning: "emissions minus the growth and sinks: what the budget does not explain"),
        ],
        replacesHeader: false)
}
