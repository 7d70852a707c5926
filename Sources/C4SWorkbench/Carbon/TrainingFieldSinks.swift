import C4SCarbon

/// The ocean sink each training field gives by itself (pCO₂,sw − pCO₂,air of its rows through the same flux as
/// the driven emulator, climatological SST and wind, + the riverine adjustment): what an emulator that reproduced
/// the field exactly would give for the field's year (Takahashi 2009: 2000, SOCAT: 2010), as result metrics.
struct TrainingFieldSinks {
    let metrics: [ResultMetric]

    init(data: PCO2TrainingSet, takahashi: [TakahashiClimatologyMonth], budget: GlobalBudgetTable) {
        let areas = SphericalCellArea(grid: .oneDegree)
        var maps: [String: [[Double]]] = [:]
        for (i, sample) in data.samples.enumerated() {
            let climate = takahashi[sample.month - 1], cell = sample.cell, t = climate.seaSurfaceTemperature[cell]
            let k = WanninkhofGasTransfer.wanninkhof2014.velocity(windSpeed: climate.windSpeed[cell],
                                                                   schmidtNumber: SchmidtNumber.carbonDioxideInSeawater(celsius: t))
            let flux = AirSeaFlux.gramsCarbonPerSquareMetrePerMonth(
                transferVelocity: k, solubility: WeissSolubility.molesPerLitre.k0(celsius: t, salinity: climate.salinity[cell]),
                seaMinusAirPCO2: data.targets[i] - data.airPCO2[i], iceFraction: climate.iceFraction[cell])
            maps[sample.dataset, default: [[Double]](repeating: [Double](repeating: .nan, count: 64_800), count: 12)][sample.month - 1][cell] = flux
        }
        metrics = [("takahashi09", 2000), ("socat2010", 2010)].compactMap { dataset, year in
            guard let months = maps[dataset] else { return nil }
            let sink = -months.reduce(0) { $0 + AirSeaFlux.petagramsCarbonPerMonth($1, areas: areas) } + EmulatedOceanSink.riverineAdjustment
            let published = budget.year(year).map { String(format: "%.2f", $0.oceanSink) } ?? "n/a"
            return ResultMetric("\(dataset)_field_sink", sink, unit: "GtC/yr",
                                summary: "ocean sink of the \(dataset) training field itself (year \(year); GCB 2023: \(published))")
        }
    }
}
