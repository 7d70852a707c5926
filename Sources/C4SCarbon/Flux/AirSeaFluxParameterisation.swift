/// Where the gas transfer velocity and the solubility of an air-sea flux map come from.
public enum AirSeaFluxParameterisation: String, Sendable, CaseIterable {
    /// k from `WanninkhofGasTransfer.wanninkhof2014` with the file's wind speed and
    /// `SchmidtNumber.carbonDioxideInSeawater` of its SST; K0 from `WeissSolubility.molesPerLitre`
    /// of its SST and salinity.
    case wanninkhof2014 = "wanninkhof2014"
    /// The file's own transfer velocity (`kSW06`, cm h⁻¹) and solubility
    /// (`solubility`, mol L⁻¹ atm⁻¹): reproduces the file's CO2flux and so checks units alone.
    case fileTransferVelocity = "file-k"
}
