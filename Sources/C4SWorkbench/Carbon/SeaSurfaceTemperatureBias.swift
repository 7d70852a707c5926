import C4SCarbon

/// How far ERSST v5 sits from the SST the emulator was trained on: for each calendar month, the area-weighted
/// mean of (ERSST mean over the base years − Takahashi climatology SST) over cells where both have a value, °C,
/// as result metrics. It is why the driven run adds ERSST anomalies to the climatology instead of using ERSST as is.
struct SeaSurfaceTemperatureBias {
    let metrics: [ResultMetric]

    init(record: MonthlyFieldSeries, takahashi: [TakahashiClimatologyMonth], baseYears: ClosedRange<Int>) {
        let anomalies = record.anomalies(baseYears: baseYears), areas = SphericalCellArea(grid: record.grid)
        var metrics: [ResultMetric] = []
        for (climate, month) in zip(takahashi, 1...12) {
            // Base mean = value − anomaly, from any map of this calendar month.
            guard let index = record.months.firstIndex(where: { $0.month == month }) else { continue }
            let difference = record.maps[index].indices.map { cell in
                record.maps[index][cell] - anomalies.maps[index][cell] - climate.seaSurfaceTemperature[cell]
            }
            if let mean = areas.mean(of: difference) {
                metrics.append(ResultMetric(String(format: "ersst_minus_climatology_sst_%02d", month), mean, unit: "degC",
                                            summary: "area-weighted mean ERSST v5 \(baseYears.lowerBound)-\(baseYears.upperBound) minus Takahashi 2009 SST, month \(month)"))
            }
        }
        self.metrics = metrics
    }
}
