import C4SIO
import Foundation

/// Rows for the ocean pCO₂ emulator from the Takahashi et al. (2009) climatology (reference year 2000) and the
/// SOCAT 2010 monthly climatology (target pCO2_2010_interpolated_pred). Both are climatologies normalised to
/// their year, so both take the Takahashi month's SST, salinity, wind, ice and pressure; they differ in the
/// air: Takahashi's own vCO2_air (xCO₂ feature: `xco2Reference`, the Mauna Loa 2000 mean) and NOAA's global
/// monthly mean of 2010. The air's pCO₂ is `MoistAirPCO2` of that mole fraction (it reproduces the file's
/// pCO2_air), and the emulator learns pCO₂,sw − pCO₂,air. Rows with any input missing are left out. With a product
/// code among the features, each row carries its own dataset's.
public struct PCO2TrainingSet: Sendable {
    /// The feature set of `features`.
    public let featureSet: PCO2Features
    /// Features, row-major, `featureSet.count` per row.
    public let features: [Double]
    /// Target pCO₂,sw per row, µatm.
    public let targets: [Double]
    /// pCO₂ of the moist air over each row's cell, µatm.
    public let airPCO2: [Double]
    /// The product's own error estimate of each row's target (SOCAT's interpolation error), µatm; NaN where it gives none.
    public let targetErrors: [Double]
    /// Origin of each row.
    public let samples: [PCO2Sample]

    /// Rows from already-read inputs.
    /// - Parameters:
    ///   - takahashi: the 12 climatology months, January first.
    ///   - socat: pCO₂ maps of 2010 by month (1°, north first), µatm; may be empty. `socatError`: the maps of their
    ///     interpolation error by month, µatm (months or cells without one get NaN).
    ///   - xco2: NOAA global monthly CO₂ of 2010 by month, ppm, for the SOCAT rows; `xco2Reference`: the
    ///     climatology rows' CO₂ feature, ppm.
    public init(takahashi: [TakahashiClimatologyMonth], socat: [Int: [Double]], socatError: [Int: [Double]] = [:], xco2: [Int: Double],
                xco2Reference: Double, featureSet: PCO2Features) {
        let grid = GlobalLatLonGrid.oneDegree
        var features: [Double] = [], targets: [Double] = [], air: [Double] = [], errors: [Double] = [], samples: [PCO2Sample] = []
        func add(_ dataset: String, month: Int, cell: Int, target: Double, error: Double = .nan, airFraction: Double, co2: Double,
                 climate: TakahashiClimatologyMonth) {
            let sst = climate.seaSurfaceTemperature[cell], salinity = climate.salinity[cell]
            let airPCO2 = MoistAirPCO2.pco2(xco2: airFraction, pressure: climate.pressure[cell], celsius: sst, salinity: salinity)
            guard target.isFinite, airPCO2.isFinite, let row = featureSet.row(
                sst: sst, salinity: salinity, wind: climate.windSpeed[cell], ice: climate.iceFraction[cell], xco2: co2,
                latitude: grid.centreLatitude(row: cell / grid.columns), longitude: grid.centreLongitude(column: cell % grid.columns), month: month,
                product: dataset)
            else { return }
            features += row
            targets.append(target)
            air.append(airPCO2)
            errors.append(error)
            samples.append(PCO2Sample(dataset: dataset, month: month, cell: cell))
        }
        for (index, climate) in takahashi.enumerated() {
            let month = index + 1
            for cell in 0..<grid.cellCount {
                add("takahashi09", month: month, cell: cell, target: climate.seaPCO2[cell], airFraction: climate.airMoleFraction[cell],
                    co2: xco2Reference, climate: climate)
            }
            if let map = socat[month], let co2 = xco2[month] {
                for cell in 0..<grid.cellCount {
                    add("socat2010", month: month, cell: cell, target: map[cell], error: socatError[month]?[cell] ?? .nan,
                        airFraction: co2, co2: co2, climate: climate)
                }
            }
        }
        self.featureSet = featureSet
        self.features = features
        self.targets = targets
        airPCO2 = air
        targetErrors = errors
        self.samples = samples
    }

    /// Rows given directly (feature rows, targets and air in µatm, one error estimate and origin per row).
    /// - Precondition: `features.count == featureSet.count * samples.count` and one target, air pCO₂ and error per sample.
    public init(featureSet: PCO2Features, features: [Double], targets: [Double], airPCO2: [Double], targetErrors: [Double],
                samples: [PCO2Sample]) {
        precondition(features.count == featureSet.count * samples.count && [targets.count, airPCO2.count, targetErrors.count].allSatisfy { $0 == samples.count },
                     "PCO2TrainingSet: \(samples.count) samples need as many targets, air values and errors and \(featureSet.count) features each")
        self.featureSet = featureSet
        self.features = features
        self.targets = targets
        self.airPCO2 = airPCO2
        self.targetErrors = targetErrors
        self.samples = samples
    }

    /// Number of rows.
    public var count: Int { targets.count }

    /// The rows at `indices`: features, target pCO₂,sw and the air's pCO₂ (µatm).
    public func subset(_ indices: [Int]) -> (features: [Double], targets: [Double], air: [Double]) {
        let width = featureSet.count
        var f: [Double] = [], t: [Double] = [], a: [Double] = []
        f.reserveCapacity(indices.count * width)
        for i in indices {
            f += features[(i * width)..<((i + 1) * width)]
            t.append(targets[i])
            a.append(airPCO2[i])
        }
        return (f, t, a)
    }
}
