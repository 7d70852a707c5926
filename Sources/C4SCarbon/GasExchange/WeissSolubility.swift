import Foundation

/// Solubility K0 of CO₂ in seawater from Weiss (1974), Mar. Chem. 2, 203–215, eq. 12:
/// ln K0 = A1 + A2·(100/T) + A3·ln(T/100) + S·(B1 + B2·(T/100) + B3·(T/100)²), T in kelvin, S salinity.
/// The two coefficient sets of Weiss's Table 1 give K0 per litre or per kilogram of seawater.
public struct WeissSolubility: Sendable, Equatable {
    /// Temperature terms A1, A2, A3.
    public let a: (Double, Double, Double)
    /// Salinity terms B1, B2, B3.
    public let b: (Double, Double, Double)
    /// Unit of K0 for this coefficient set.
    public let unit: String

    /// K0 in mol L⁻¹ atm⁻¹ (the unit the air-sea flux uses with k in cm/h).
    public static let molesPerLitre = WeissSolubility(
        a: (-58.0931, 90.5069, 22.2940), b: (0.027766, -0.025888, 0.0050578), unit: "mol L-1 atm-1")
    /// K0 in mol kg⁻¹ atm⁻¹ (ln K0 = −3.5617 at 25 °C, S = 35: Dickson, Sabine & Christian 2007, SOP guide ch. 5).
    public static let molesPerKilogram = WeissSolubility(
        a: (-60.2409, 93.4517, 23.3585), b: (0.023517, -0.023656, 0.0047036), unit: "mol kg-1 atm-1")

    /// K0 at a temperature and salinity, in `unit`.
    /// - Parameters: celsius: temperature, °C (Weiss fitted −1 … 40 °C); salinity: practical salinity (0 … 40).
    public func k0(celsius: Double, salinity: Double) -> Double {
        let t = (celsius + 273.15) / 100
        return exp(a.0 + a.1 / t + a.2 * log(t) + salinity * (b.0 + b.1 * t + b.2 * t * t))
    }

    /// Coefficient sets are equal when all six coefficients and the unit are.
    public static func == (x: WeissSolubility, y: WeissSolubility) -> Bool {
        x.a == y.a && x.b == y.b && x.unit == y.unit
    }
}
