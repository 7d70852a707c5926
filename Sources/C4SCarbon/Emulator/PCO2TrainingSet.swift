import C4SIO
import Foundation

/// Rows for the ocean pCO₂ emulator from the Takahashi et al. (2009) climatology (reference year 2000: its
/// SST, salinity, wind, ice and pCO2_sw; xCO₂ = the Mauna Loa 2000 mean) and the SOCAT 2010 monthly fields
/// (target pCO2_2010_interpolated_pred; SST from ERSST v5 of the month on 1°; salinity, wind and ice from the
/// Takahashi month; xCO₂ = NOAA's global monthly mean). Rows with any input missing are left out.
public struct PCO2TrainingSet: Sendable {
    /// Features, row-major, `PCO2Features.count` per row.
    public let features: [Double]
    /// Target pCO₂,sw per row, µatm.
    public let targets: [Double]
    /// Origin of each row.
    public let samples: [PCO2Sample]

    /// Rows from already-read inputs.
    /// - Parameters:
    ///   - takahashi: the 12 climatology months, January first.
    ///   - socat: pCO₂ maps of 2010 by month (1°, north first), µatm; may be empty.
    ///   - ersst2010: ERSST of 2010 on 1°, for the SOCAT rows.
    ///   - xco2: global monthly CO₂ by month, ppm, for the SOCAT rows; `xco2Reference` for the climatology, ppm.
    public init(takahashi: [TakahashiClimatologyMonth], socat: [Int: [Double]], ersst2010: [Int: [Double]],
                xco2: [Int: Double], xco2Reference: Double) {
        let grid = GlobalLatLonGrid.oneDegree
        var features: [Double] = [], targets: [Double] = [], samples: [PCO2Sample] = []
        func add(_ dataset: String, month: Int, cell: Int, target: Double, sst: Double, co2: Double, climate: TakahashiClimatologyMonth) {
            guard target.isFinite, let row = PCO2Features.row(
                sst: sst, salinity: climate.salinity[cell], wind: climate.windSpeed[cell], ice: climate.iceFraction[cell], xco2: co2,
                latitude: grid.centreLatitude(row: cell / grid.columns), longitude: grid.centreLongitude(column: cell % grid.columns), month: month)
            else { return }
            features += row
            targets.append(target)
            samples.append(PCO2Sample(dataset: dataset, month: month, cell: cell))
        }
        for (index, climate) in takahashi.enumerated() {
            let month = index + 1
            for cell in 0..<grid.cellCount {
                add("takahashi09", month: month, cell: cell, target: climate.seaPCO2[cell], sst: climate.seaSurfaceTemperature[cell],
                    co2: xco2Reference, climate: climate)
            }
            if let map = socat[month], let sst = ersst2010[month], let co2 = xco2[month] {
                for cell in 0..<grid.cellCount {
                    add("socat2010", month: month, cell: cell, target: map[cell], sst: sst[cell], co2: co2, climate: climate)
                }
            }
        }
        self.features = features
        self.targets = targets
        self.samples = samples
    }

    /// Number of rows.
    public var count: Int { targets.count }

    /// The rows at `indices` as learning data (targets still in µatm).
    public func subset(_ indices: [Int]) -> (features: [Double], targets: [Double]) {
        var f: [Double] = [], t: [Double] = []
        f.reserveCapacity(indices.count * PCO2Features.count)
        for i in indices {
            f += features[(i * PCO2Features.count)..<((i + 1) * PCO2Features.count)]
            t.append(targets[i])
        }
        return (f, t)
    }
}
