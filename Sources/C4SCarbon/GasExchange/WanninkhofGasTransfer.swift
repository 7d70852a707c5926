/// Gas transfer velocity quadratic in wind speed: k = a · U10² · (Sc/660)^−½, with k in cm h⁻¹,
/// U10 the 10 m wind speed in m s⁻¹ and Sc the Schmidt number (660 is CO₂ in seawater at 20 °C).
public struct WanninkhofGasTransfer: Sendable, Equatable {
    /// The scaling a, cm h⁻¹ (m s⁻¹)⁻².
    public let coefficient: Double

    /// Creates a parameterisation with scaling `coefficient`. - Precondition: `coefficient > 0`.
    public init(coefficient: Double) {
        precondition(coefficient > 0, "WanninkhofGasTransfer: coefficient must be positive")
        self.coefficient = coefficient
    }

    /// a = 0.251: Wanninkhof (2014), Limnol. Oceanogr.: Methods 12, 351–362, fitted with the ¹⁴C bomb-inventory
    /// constraint to the mean of squared winds (⟨U10²⟩). The workbench's default.
    public static let wanninkhof2014 = WanninkhofGasTransfer(coefficient: 0.251)
    /// a = 0.31: Wanninkhof (1992), J. Geophys. Res. 97, 7373–7382, for steady (short-term) winds.
    public static let wanninkhof1992 = WanninkhofGasTransfer(coefficient: 0.31)

    /// Transfer velocity, cm h⁻¹.
    /// - Parameters: windSpeed: U10, m s⁻¹; schmidtNumber: Sc of the gas at the water temperature (> 0).
    public func velocity(windSpeed: Double, schmidtNumber: Double) -> Double {
        coefficient * windSpeed * windSpeed / (schmidtNumber / 660).squareRoot()
    }
}

