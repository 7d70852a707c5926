/// The layouts of NOAA GML's monthly CO2 files (Lan et al., NOAA GML; public domain), whose rows have more
/// fields than their header names, so the schemas replace the header.
public enum NOAACO2Monthly {
    /// `noaa-co2-mm-gl.csv`, global marine-surface monthly means. The header reads
    /// `Date,Decimal Date,Average,Trend` but every row has six fields, in this order.
    public static let global = CSVSchema(
        name: "NOAA monthly global CO2",
        columns: [
            CSVColumn(name: "date", unit: nil, meaning: "month, YYYY-MM"),
            CSVColumn(name: "decimal_date", unit: "year", meaning: "middle of the month as a decimal year"),
            CSVColumn(name: "average", unit: "ppm", meaning: "monthly mean CO2 dry-air mole fraction"),
            CSVColumn(name: "average_unc", unit: "ppm", meaning: "uncertainty of the monthly mean"),
            CSVColumn(name: "trend", unit: "ppm", meaning: "long-term trend (seasonal cycle removed)"),
            CSVColumn(name: "trend_unc", unit: "ppm", meaning: "uncertainty of the trend"),
        ],
        replacesHeader: true)

    /// `noaa-co2-mm-mlo.csv`, Mauna Loa monthly means. The header reads
    /// `Date,Decimal Date,Average,Interpolated,Trend,Number of Days` but every row has seven fields, in this
    /// order. Missing values are marked `-1` (days), `-9.99` (standard deviation) and `-0.99` (uncertainty).
    public static let maunaLoa = CSVSchema(
        name: "NOAA monthly Mauna Loa CO2",
        columns: [
            CSVColumn(name: "date", unit: nil, meaning: "month, YYYY-MM"),
            CSVColumn(name: "decimal_date", unit: "year", meaning: "middle of the month as a decimal year"),
            CSVColumn(name: "average", unit: "ppm", meaning: "monthly mean CO2 mole fraction"),
            CSVColumn(name: "deseasonalized", unit: "ppm", meaning: "monthly mean with the average seasonal cycle removed"),
            CSVColumn(name: "ndays", unit: "days", meaning: "number of days with data in the month; -1 when unknown"),
            CSVColumn(name: "sdev", unit: "ppm", meaning: "standard deviation of the daily means; -9.99 when unknown"),
            CSVColumn(name: "unc", unit: "ppm", meaning: "uncertainty of the monthly mean; -0.99 when unknown"),
        ],
        replacesHeader: true)
}
