import C4SCarbon

/// The emulated annual ocean sink against the GCB 2023 ocean sink over the complete years both have:
/// metrics per year (sink, and the area-weighted mean ΔpCO₂ = pCO₂,sw − pCO₂,air that drives it) and
/// RMSE/bias/r, and arrays along `year`.
struct OceanSinkComparison {
    let metrics: [ResultMetric]
    let arrays: [ResultArray]

    init(driven: EmulatedOceanSink, budget: GlobalBudgetTable) {
        let meanDelta = driven.annualSink.map { entry in
            let values = zip(driven.seaPCO2.months, driven.monthlySeaMinusAir).filter { $0.0.year == entry.year }.map(\.1)
            return values.reduce(0, +) / Double(values.count)
        }
        let pairs = driven.annualSink.compactMap { entry in budget.year(entry.year).map { (entry.year, entry.sink, $0.oceanSink) } }
        var metrics = driven.annualSink.map { entry in
            ResultMetric("ocean_sink_\(entry.year)", entry.sink, unit: "GtC/yr",
                         summary: "emulated: -(sum of monthly net flux) + \(EmulatedOceanSink.riverineAdjustment) riverine")
        } + zip(driven.annualSink, meanDelta).map { entry, delta in
            ResultMetric("mean_dpco2_\(entry.year)", delta, unit: "uatm", summary: "area-weighted mean emulated pCO2,sw - pCO2,air")
        }
        if !pairs.isEmpty {
            let score = ComponentScore(estimates: pairs.map(\.1), published: pairs.map(\.2))
            let span = "\(pairs.first!.0)-\(pairs.last!.0)"
            metrics += [
                ResultMetric("ocean_sink_rmse", score.rmse, unit: "GtC/yr", summary: "RMSE vs GCB 2023 ocean sink, \(span)"),
                ResultMetric("ocean_sink_bias", score.bias, unit: "GtC/yr", summary: "mean emulated - GCB 2023, \(span)"),
                ResultMetric("ocean_sink_correlation", score.correlation, unit: "1", summary: "correlation with GCB 2023, \(span)"),
            ]
        }
        self.metrics = metrics
        let years = driven.annualSink.map(\.year)
        arrays = [
            ResultArray(name: "year", shape: [years.count], storage: .int64(years.map(Int64.init)), unit: "year",
                        summary: "complete years driven", dimensionNames: ["year"]),
            ResultArray(name: "ocean_sink", shape: [years.count], storage: .float64(driven.annualSink.map(\.sink)), unit: "GtC/yr",
                        summary: "emulated ocean sink", dimensionNames: ["year"]),
            ResultArray(name: "mean_dpco2", shape: [years.count], storage: .float64(meanDelta), unit: "uatm",
                        summary: "area-weighted annual mean of pCO2,sw - pCO2,air", dimensionNames: ["year"]),
            ResultArray(name: "gcb_ocean_sink", shape: [years.count], storage: .float64(years.map { budget.year($0)?.oceanSink ?? .nan }),
                        unit: "GtC/yr", summary: "GCB 2023 ocean sink", dimensionNames: ["year"]),
        ]
    }
}
