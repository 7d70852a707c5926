import C4SIO
import Foundation

/// One month of the Takahashi et al. (2009) surface-ocean pCO₂ climatology as FluxEngine ships it
/// (`takahashi09-monthNN.nc`, 180 × 360, 1°): the flux inputs and the authors' flux, each row-major,
/// north first, west first from 180° W, NaN where the file has no value (land, missing).
public struct TakahashiClimatologyMonth: Sendable {
    /// The grid, `GlobalLatLonGrid.oneDegree`.
    public let grid: GlobalLatLonGrid
    /// Surface-water pCO₂, µatm (`pCO2_sw`).
    public let seaPCO2: [Double]
    /// Air pCO₂, µatm (`pCO2_air`).
    public let airPCO2: [Double]
    /// Atmospheric CO₂ dry-air mole fraction, ppm (`vCO2_air`; the climatology's reference year 2000).
    public let airMoleFraction: [Double]
    /// Sea-level pressure, hPa (`pressure`, ECMWF analysis).
    public let pressure: [Double]
    /// Sea-surface temperature, °C (`SST_t`).
    public let seaSurfaceTemperature: [Double]
    /// Salinity (`salinity`).
    public let salinity: [Double]
    /// 10 m wind speed, m s⁻¹ (`wind_t`).
    public let windSpeed: [Double]
    /// Sea-ice cover as a fraction 0 … 1 (`sea_ice_coverage`, percent in the file); missing counts as 0.
    public let iceFraction: [Double]
    /// The authors' gas transfer velocity, cm h⁻¹ (`kSW06`).
    public let fileTransferVelocity: [Double]
    /// The authors' CO₂ solubility, mol L⁻¹ atm⁻¹ (`solubility`; its units attribute says
    /// "mmol l-1 a-1" but the values, 0.026 … 0.072, are K0 in mol L⁻¹ atm⁻¹).
    public let fileSolubility: [Double]
    /// The authors' net sea-air flux, g C m⁻² month⁻¹, positive out of the ocean (`CO2flux`).
    public let fileFlux: [Double]

    /// Reads a month file; the latitude/longitude orientation is read once and applied to every variable.
    /// - Throws: `NetCDFError` when the file cannot be read or lacks a variable; `CarbonDataError.unexpectedShape`
    ///   when a variable is not 180 × 360.
    public init(contentsOf url: URL) throws {
        let file = try NetCDFFile.open(url)
        defer { file.close() }
        let grid = GlobalLatLonGrid.oneDegree
        let reference = try file.variable("pCO2_sw")
        let layout = try LatLonCellLayout(file: file, variable: reference)
        func read(_ name: String) throws -> [Double] {
            let variable = try file.variable(name)
            guard variable.shape.suffix(2) == [grid.rows, grid.columns], variable.dimensions.suffix(2) == reference.dimensions.suffix(2) else {
                throw CarbonDataError.unexpectedShape(file: url.lastPathComponent, variable: name,
                                                      shape: variable.shape, expected: [grid.rows, grid.columns])
            }
            return try NetCDFFieldReader.readOriented(file, variable: variable, time: 0, layout: layout)
        }
        self.grid = grid
        seaPCO2 = try read("pCO2_sw")
        airPCO2 = try read("pCO2_air")
        airMoleFraction = try read("vCO2_air")
        pressure = try read("pressure")
        seaSurfaceTemperature = try read("SST_t")
        salinity = try read("salinity")
        windSpeed = try read("wind_t")
        iceFraction = try read("sea_ice_coverage").map { $0.isFinite ? $0 / 100 : 0 }
        fileTransferVelocity = try read("kSW06")
        fileSolubility = try read("solubility")
        fileFlux = try read("CO2flux")
    }
}
