import C4SCarbon

/// The driven emulator's monthly maps as [time, lat, lon] arrays with CF coordinates (time in days since
/// 1970-01-01, cell-centre latitudes north first and longitudes from 180° W), which the HDF5 export turns
/// into netCDF-4 dimension scales.
enum OceanEmulatorMaps {
    static func arrays(_ driven: EmulatedOceanSink) -> [ResultArray] {
        let grid = driven.seaPCO2.grid, months = driven.seaPCO2.months.count
        func map(_ series: MonthlyFieldSeries, _ summary: String) -> ResultArray {
            ResultArray(name: series.name, shape: [months, grid.rows, grid.columns], storage: .float32(series.maps.flatMap { $0.map(Float.init) }),
                        unit: series.units, summary: summary, dimensionNames: ["time", "lat", "lon"])
        }
        return [
            map(driven.seaPCO2, "emulated surface-ocean pCO2"),
            map(driven.flux, "net sea-air CO2 flux from the emulated pCO2, positive out of the ocean"),
            ResultArray(name: "time", shape: [months], storage: .float64(driven.seaPCO2.timeValues), unit: MonthlyFieldSeries.timeUnits,
                        summary: "first day of the month", dimensionNames: ["time"]),
            ResultArray(name: "lat", shape: [grid.rows], storage: .float64((0..<grid.rows).map(grid.centreLatitude(row:))),
                        unit: "degrees_north", summary: "cell-centre latitude", dimensionNames: ["lat"]),
            ResultArray(name: "lon", shape: [grid.columns], storage: .float64((0..<grid.columns).map(grid.centreLongitude(column:))),
                        unit: "degrees_east", summary: "cell-centre longitude", dimensionNames: ["lon"]),
        ]
    }
}
