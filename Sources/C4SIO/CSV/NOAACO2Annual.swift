/// The layouts of NOAA GML's annual global CO2 files (Lan et al., NOAA GML; public domain). Their headers
/// name every field, so the schemas check the header instead of replacing it.
public enum NOAACO2Annual {
    /// `noaa-co2-annmean-gl.csv`: `Year,Mean,Uncertainty`, one row per year from 1979.
    public static let globalMean = CSVSchema(
        name: "NOAA annual mean global CO2",
        columns: [
            CSVColumn(name: "Year", unit: nil, meaning: "calendar year"),
            CSVColumn(name: "Mean", unit: "ppm", meaning: "annual mean global marine-surface CO2 mole fraction"),
            CSVColumn(name: "Uncertainty", unit: "ppm", meaning: "uncertainty of the annual mean"),
        ],
        replacesHeader: false)

    /// `noaa-co2-gr-gl.csv`: `Year,Annual Increase,Uncertainty`, one row per year from 1959.
    public static let globalGrowthRate = CSVSchema(
        name: "NOAA annual global CO2 growth rate",
        columns: [
            CSVColumn(name: "Year", unit: nil, meaning: "calendar year"),
            CSVColumn(name: "Annual Increase", unit: "ppm/yr",
                      meaning: "increase of the global mean CO2 over the course of the year"),
            CSVColumn(name: "Uncertainty", unit: "ppm/yr", meaning: "uncertainty of the increase"),
        ],
        replacesHeader: false)
}
