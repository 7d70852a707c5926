/// A monthly map of net sea-air CO₂ flux, g C m⁻² month⁻¹ (positive out of the ocean), computed from one
/// month of the Takahashi climatology with a chosen parameterisation; NaN where an input is missing.
public struct AirSeaFluxMap: Sendable {
    /// The grid.
    public let grid: GlobalLatLonGrid
    /// Flux values, g C m⁻² month⁻¹, row-major, north first; `count == grid.cellCount`.
    public let values: [Double]

    /// Computes the flux of every cell. Cost: O(cells), a few transcendental functions per cell.
    public init(month: TakahashiClimatologyMonth, parameterisation: AirSeaFluxParameterisation) {
        grid = month.grid
        let transfer = WanninkhofGasTransfer.wanninkhof2014, solubility = WeissSolubility.molesPerLitre
        values = (0..<month.grid.cellCount).map { i in
            let k: Double, k0: Double
            switch parameterisation {
            case .wanninkhof2014:
                let t = month.seaSurfaceTemperature[i]
                k = transfer.velocity(windSpeed: month.windSpeed[i],
                                      schmidtNumber: SchmidtNumber.carbonDioxideInSeawater(celsius: t))
                k0 = solubility.k0(celsius: t, salinity: month.salinity[i])
            case .fileTransferVelocity:
                k = month.fileTransferVelocity[i]
                k0 = month.fileSolubility[i]
            }
            return AirSeaFlux.gramsCarbonPerSquareMetrePerMonth(
                transferVelocity: k, solubility: k0, seaMinusAirPCO2: month.seaPCO2[i] - month.airPCO2[i],
                iceFraction: month.iceFraction[i])
        }
    }
}
