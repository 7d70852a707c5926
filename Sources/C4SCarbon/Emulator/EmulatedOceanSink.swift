import Foundation

/// The ocean emulator driven by monthly SST (ERSST v5 on 1°) and atmospheric CO₂ (NOAA global monthly mean),
/// with salinity, wind, ice and the air's moist-air correction from the Takahashi climatology of the month:
/// monthly pCO₂,sw and flux maps, their global integrals, and the annual ocean sink.
///
/// pCO₂,air = xCO₂ · (pCO2_air / vCO2_air of the climatology month) (the dry-air to moist-air pressure factor
/// of each cell); flux as `AirSeaFlux` with Wanninkhof (2014) k from the climatological wind and the month's SST.
/// The annual sink is −(sum of the 12 monthly net fluxes) + `riverineAdjustment`, comparable with the GCB ocean
/// sink (which counts the pre-industrial riverine outgassing, 0.65 GtC/yr in GCB 2023, as part of the sink).
public struct EmulatedOceanSink: Sendable {
    /// Riverine-carbon outgassing added to the contemporary net uptake to compare with the GCB ocean sink
    /// (GCB 2023, Friedlingstein et al. 2023: 0.65 GtC/yr), GtC/yr.
    public static let riverineAdjustment = 0.65

    /// Monthly pCO₂,sw maps, µatm.
    public let seaPCO2: MonthlyFieldSeries
    /// Monthly flux maps, g C m⁻² month⁻¹, positive out of the ocean.
    public let flux: MonthlyFieldSeries
    /// Net flux of each month, Pg C per month (positive out of the ocean).
    public let monthlyFlux: [Double]
    /// Complete years: (year, ocean sink GtC/yr = −Σ monthly flux + riverine adjustment).
    public let annualSink: [(year: Int, sink: Double)]

    /// Drives `emulator` over the months of `sst`.
    /// - Parameters:
    ///   - takahashi: the 12 climatology months, January first.
    ///   - xco2: atmospheric CO₂ by month, ppm; months without a value are skipped.
    ///   - onMonth: called after each month (may throw to stop).
    public init(emulator: OceanPCO2Emulator, sst: MonthlyFieldSeries, takahashi: [TakahashiClimatologyMonth],
                airMoleFractions: [YearMonth: Double], onMonth: (YearMonth, Int) throws -> Void = { _, _ in }) rethrows {
        let grid = GlobalLatLonGrid.oneDegree
        let areas = SphericalCellArea(grid: grid)
        var months: [YearMonth] = [], pco2Maps: [[Double]] = [], fluxMaps: [[Double]] = [], monthly: [Double] = []
        for (month, sstMap) in zip(sst.months, sst.maps) {
            guard let xco2 = airMoleFractions[month] else { continue }
            let climate = takahashi[month.month - 1]
            var features: [Double] = [], cells: [Int] = []
            for cell in 0..<grid.cellCount where climate.seaPCO2[cell].isFinite {
                guard let row = PCO2Features.row(
                    sst: sstMap[cell], salinity: climate.salinity[cell], wind: climate.windSpeed[cell], ice: climate.iceFraction[cell],
                    xco2: xco2, latitude: grid.centreLatitude(row: cell / grid.columns),
                    longitude: grid.centreLongitude(column: cell % grid.columns), month: month.month) else { continue }
                features += row
                cells.append(cell)
            }
            let predicted = emulator.predict(features)
            var pco2 = [Double](repeating: .nan, count: grid.cellCount), flux = pco2
            for (cell, sea) in zip(cells, predicted) {
                pco2[cell] = sea
                let t = sstMap[cell], air = xco2 * climate.airPCO2[cell] / climate.airMoleFraction[cell]
                let k = WanninkhofGasTransfer.wanninkhof2014.velocity(windSpeed: climate.windSpeed[cell],
                                                                       schmidtNumber: SchmidtNumber.carbonDioxideInSeawater(celsius: t))
                flux[cell] = AirSeaFlux.gramsCarbonPerSquareMetrePerMonth(
                    transferVelocity: k, solubility: WeissSolubility.molesPerLitre.k0(celsius: t, salinity: climate.salinity[cell]),
                    seaMinusAirPCO2: sea - air, iceFraction: climate.iceFraction[cell])
            }
            months.append(month)
            pco2Maps.append(pco2)
            fluxMaps.append(flux)
            monthly.append(AirSeaFlux.petagramsCarbonPerMonth(flux, areas: areas))
            try onMonth(month, cells.count)
        }
        seaPCO2 = MonthlyFieldSeries(name: "pco2_sw", units: "uatm", grid: grid, months: months, maps: pco2Maps)
        flux = MonthlyFieldSeries(name: "flux", units: "g C m-2 month-1", grid: grid, months: months, maps: fluxMaps)
        monthlyFlux = monthly
        annualSink = Dictionary(grouping: months.indices, by: { months[$0].year }).filter { $0.value.count == 12 }
            .map { year, indices in (year, -indices.reduce(0) { $0 + monthly[$1] } + Self.riverineAdjustment) }
            .sorted { $0.year < $1.year }
    }
}
