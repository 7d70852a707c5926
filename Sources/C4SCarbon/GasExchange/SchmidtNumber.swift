/// Schmidt number (kinematic viscosity / diffusivity) of a gas in water, dimensionless.
public enum SchmidtNumber {
    /// Schmidt number of CO₂ in seawater (S = 35) at a temperature, from the fourth-order polynomial
    /// of Wanninkhof (2014), Limnol. Oceanogr.: Methods 12, 351–362, Table 1:
    /// Sc = 2116.8 − 136.25 t + 4.7353 t² − 0.092307 t³ + 0.0007555 t⁴ (t in °C), 668 at 20 °C.
    /// - Parameter celsius: sea-surface temperature, °C; the fit covers −2 … 40 °C.
    public static func carbonDioxideInSeawater(celsius t: Double) -> Double {
        2116.8 + t * (-136.25 + t * (4.7353 + t * (-0.092307 + t * 0.0007555)))
    }
}
