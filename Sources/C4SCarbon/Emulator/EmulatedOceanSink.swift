import Foundation

/// The ocean emulator driven month by month: SST = the Takahashi climatology's SST of the month plus the ERSST v5
/// anomaly (the emulator was trained on climatological SST, and ERSST runs about 0.2 °C warmer than it), atmospheric
/// CO₂ from NOAA's global monthly mean, salinity, wind, ice and pressure from the Takahashi month: monthly pCO₂,sw
/// and flux maps, their global integrals and mean ΔpCO₂, and the annual ocean sink.
///
/// pCO₂,air = `MoistAirPCO2` of xCO₂ at the cell's pressure, SST and salinity; pCO₂,sw = pCO₂,air + the emulated
/// ΔpCO₂ (with a product code among the features: the mean of the ΔpCO₂ emulated for each product asked for);
/// flux as `AirSeaFlux` with Wanninkhof (2014) k from the climatological wind and the month's SST.
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
    /// Area-weighted mean ΔpCO₂ = pCO₂,sw − pCO₂,air of each month over the emulated cells, µatm.
    public let monthlySeaMinusAir: [Double]
    /// Complete years: (year, ocean sink GtC/yr = −Σ monthly flux + riverine adjustment).
    public let annualSink: [(year: Int, sink: Double)]

    /// Drives `emulator` over the months of `sstAnomaly`.
    /// - Parameters:
    ///   - sstAnomaly: SST anomalies on 1°, °C; NaN cells (ice, outside the record) take the climatology.
    ///   - takahashi: the 12 climatology months, January first.
    ///   - airMoleFractions: atmospheric CO₂ by month, ppm; months without a value are skipped.
    ///   - products: the products whose emulated ΔpCO₂ is averaged (nil: `emulator.featureSet.drivingProducts`, every
    ///     product the emulator knows); ignored by an emulator without a product code.
    ///   - onMonth: called after each month with the cells emulated (may throw to stop).
    /// - Precondition: `products`, when given, are among `PCO2Features.products` and not empty.
    public init(emulator: OceanPCO2Emulator, sstAnomaly: MonthlyFieldSeries, takahashi: [TakahashiClimatologyMonth],
                airMoleFractions: [YearMonth: Double], products: [String]? = nil,
                onMonth: (YearMonth, Int) throws -> Void = { _, _ in }) rethrows {
        let driving: [String?] = emulator.featureSet.includesProduct ? (products ?? PCO2Features.products) : [nil]
        precondition(!driving.isEmpty, "EmulatedOceanSink: no product to drive")
        let grid = GlobalLatLonGrid.oneDegree
        let areas = SphericalCellArea(grid: grid)
        var months: [YearMonth] = [], pco2Maps: [[Double]] = [], fluxMaps: [[Double]] = [], monthly: [Double] = [], meanDelta: [Double] = []
        for (month, anomaly) in zip(sstAnomaly.months, sstAnomaly.maps) {
            guard let xco2 = airMoleFractions[month] else { continue }
            let climate = takahashi[month.month - 1]
            var features = [[Double]](repeating: [], count: driving.count), cells: [Int] = [], sst: [Double] = [], air: [Double] = []
            for cell in 0..<grid.cellCount where climate.seaPCO2[cell].isFinite {
                let t = climate.seaSurfaceTemperature[cell] + (anomaly[cell].isFinite ? anomaly[cell] : 0)
                let airPCO2 = MoistAirPCO2.pco2(xco2: xco2, pressure: climate.pressure[cell], celsius: t, salinity: climate.salinity[cell])
                let rows = driving.compactMap { product in
                    emulator.featureSet.row(sst: t, salinity: climate.salinity[cell], wind: climate.windSpeed[cell],
                                            ice: climate.iceFraction[cell], xco2: xco2, latitude: grid.centreLatitude(row: cell / grid.columns),
                                            longitude: grid.centreLongitude(column: cell % grid.columns), month: month.month, product: product)
                }
                guard airPCO2.isFinite, rows.count == driving.count else { continue }
                for p in rows.indices { features[p] += rows[p] }
                cells.append(cell)
                sst.append(t)
                air.append(airPCO2)
            }
            let perProduct = features.map { emulator.seaMinusAir($0) }
            let delta = cells.indices.map { i in perProduct.reduce(0) { $0 + $1[i] } / Double(perProduct.count) }
            var pco2 = [Double](repeating: .nan, count: grid.cellCount), flux = pco2
            var weighted = 0.0, area = 0.0
            for (i, cell) in cells.enumerated() {
                pco2[cell] = air[i] + delta[i]
                let k = WanninkhofGasTransfer.wanninkhof2014.velocity(windSpeed: climate.windSpeed[cell],
                                                                       schmidtNumber: SchmidtNumber.carbonDioxideInSeawater(celsius: sst[i]))
                flux[cell] = AirSeaFlux.gramsCarbonPerSquareMetrePerMonth(
                    transferVelocity: k, solubility: WeissSolubility.molesPerLitre.k0(celsius: sst[i], salinity: climate.salinity[cell]),
                    seaMinusAirPCO2: delta[i], iceFraction: climate.iceFraction[cell])
                weighted += delta[i] * areas.area(row: cell / grid.columns)
                area += areas.area(row: cell / grid.columns)
            }
            months.append(month)
            pco2Maps.append(pco2)
            fluxMaps.append(flux)
            monthly.append(AirSeaFlux.petagramsCarbonPerMonth(flux, areas: areas))
            meanDelta.append(area > 0 ? weighted / area : .nan)
            try onMonth(month, cells.count)
        }
        seaPCO2 = MonthlyFieldSeries(name: "pco2_sw", units: "uatm", grid: grid, months: months, maps: pco2Maps)
        flux = MonthlyFieldSeries(name: "flux", units: "g C m-2 month-1", grid: grid, months: months, maps: fluxMaps)
        monthlyFlux = monthly
        monthlySeaMinusAir = meanDelta
        annualSink = Dictionary(grouping: months.indices, by: { months[$0].year }).filter { $0.value.count == 12 }
            .map { year, indices in (year, -indices.reduce(0) { $0 + monthly[$1] } + Self.riverineAdjustment) }
            .sorted { $0.year < $1.year }
    }
}
