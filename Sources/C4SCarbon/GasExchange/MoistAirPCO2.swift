import Foundation

/// Partial pressure of CO₂ in water-saturated air at the sea surface from its dry-air mole fraction, as
/// Takahashi et al. (2009) build their `pCO2_air`: pCO₂,air = xCO₂ · (P − pH₂O), with the water-vapour
/// pressure over seawater of Weiss & Price (1980), Mar. Chem. 8, 347–359, eq. 10:
/// ln pH₂O = 24.4543 − 67.4509 (100/T) − 4.8489 ln(T/100) − 0.000544 S (atm, T in kelvin).
public enum MoistAirPCO2 {
    /// Standard atmosphere, hPa (mbar) per atm.
    public static let hectopascalsPerAtmosphere = 1013.25

    /// Water-vapour pressure over seawater, atm.
    /// - Parameters: celsius: sea-surface temperature, °C (fit −2 … 40 °C); salinity: practical salinity (0 … 40).
    public static func waterVapourPressure(celsius: Double, salinity: Double) -> Double {
        let kelvin = celsius + 273.15
        return exp(24.4543 - 67.4509 * (100 / kelvin) - 4.8489 * log(kelvin / 100) - 0.000544 * salinity)
    }

    /// pCO₂ of the moist air in contact with the sea, µatm.
    /// - Parameters: xco2: dry-air CO₂ mole fraction, ppm (µmol/mol); pressure: sea-level pressure, hPa;
    ///   celsius, salinity: of the surface water, which sets the water vapour.
    public static func pco2(xco2: Double, pressure: Double, celsius: Double, salinity: Double) -> Double {
        xco2 * (pressure / hectopascalsPerAtmosphere - waterVapourPressure(celsius: celsius, salinity: salinity))
    }
}
