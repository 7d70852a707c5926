/// The drivers of one year that are known within weeks of its end, before the year's budget is published.
public struct BudgetDriverYear: Sendable, Equatable {
    /// Calendar year.
    public let year: Int
    /// Annual mean atmospheric CO₂ at Mauna Loa (mean of the 12 monthly means), ppm.
    public let carbonDioxide: Double
    /// NOAA global CO₂ growth rate over the year, ppm/yr.
    public let growthRate: Double
    /// Niño-3.4 SST anomaly (5° S–5° N, 170° W–120° W), annual mean, °C; nil outside ERSST coverage.
    public let nino34: Double?
    /// Sea-surface temperature anomaly, area mean 60° S–60° N, annual mean, °C; nil outside ERSST coverage.
    public let seaSurfaceTemperatureAnomaly: Double?
    /// Months of ERSST behind the two SST indices (12 for a complete year, 0 when absent).
    public let seaSurfaceTemperatureMonths: Int

    /// A year of drivers; units as the properties state.
    public init(year: Int, carbonDioxide: Double, growthRate: Double, nino34: Double? = nil,
                seaSurfaceTemperatureAnomaly: Double? = nil, seaSurfaceTemperatureMonths: Int = 0) {
        self.year = year
        self.carbonDioxide = carbonDioxide
        self.growthRate = growthRate
        self.nino34 = nino34
        self.seaSurfaceTemperatureAnomaly = seaSurfaceTemperatureAnomaly
        self.seaSurfaceTemperatureMonths = seaSurfaceTemperatureMonths
    }
}
