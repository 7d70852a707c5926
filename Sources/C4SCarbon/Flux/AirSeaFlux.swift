/// The bulk air-sea CO₂ flux F = k · K0 · (pCO₂,sw − pCO₂,air) · (1 − ice fraction), positive from
/// sea to air, and its unit conversions.
///
/// With k in cm h⁻¹, K0 in mol L⁻¹ atm⁻¹ and ΔpCO₂ in µatm: k/3.6e5 m s⁻¹ × 1000·K0 mol m⁻³ atm⁻¹ ×
/// 1e−6·ΔpCO₂ atm gives mol m⁻² s⁻¹; times 12.011 g mol⁻¹ and the seconds of a mean month (365/12 days,
/// the month the Takahashi files' CO2flux uses) gives g C m⁻² month⁻¹.
public enum AirSeaFlux {
    /// Molar mass of carbon, g mol⁻¹.
    public static let carbonMolarMass = 12.011
    /// Seconds in a mean month of a 365-day year (365/12 days).
    public static let secondsPerMonth = 365.0 / 12 * 86_400
    /// Grams per petagram.
    public static let gramsPerPetagram = 1e15

    /// Flux in g C m⁻² month⁻¹ (positive out of the ocean); NaN when any input is NaN.
    /// - Parameters:
    ///   - transferVelocity: k, cm h⁻¹.
    ///   - solubility: K0, mol L⁻¹ atm⁻¹.
    ///   - seaMinusAirPCO2: pCO₂,sw − pCO₂,air, µatm.
    ///   - iceFraction: fraction of the cell covered by sea ice, 0 … 1.
    public static func gramsCarbonPerSquareMetrePerMonth(
        transferVelocity: Double, solubility: Double, seaMinusAirPCO2: Double, iceFraction: Double
    ) -> Double {
        let molesPerSquareMetrePerSecond = (transferVelocity / 360_000) * (solubility * 1000)
            * (seaMinusAirPCO2 * 1e-6) * (1 - iceFraction)
        return molesPerSquareMetrePerSecond * carbonMolarMass * secondsPerMonth
    }

    /// Net flux of one monthly map integrated over the cells that have a value, Pg C per month.
    /// - Parameters: map: g C m⁻² month⁻¹, row-major north first, NaN where no value; areas: the map's grid.
    /// - Precondition: `map.count == areas.grid.cellCount`.
    public static func petagramsCarbonPerMonth(_ map: [Double], areas: SphericalCellArea, mask: GridMask? = nil) -> Double {
        areas.integral(of: map, mask: mask) / gramsPerPetagram
    }
}
