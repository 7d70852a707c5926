import C4SIO
import Foundation

/// Monthly SST indices from a gridded SST record (ERSST v5, 2°): the Niño-3.4 anomaly (area mean over
/// 5° S–5° N, 170° W–120° W) and the anomaly of the area mean over 60° S–60° N, both relative to the
/// record's own mean seasonal cycle over its complete years (2010–2019 for the mirrored file), °C.
public struct SeaSurfaceTemperatureIndices: Sendable {
    /// Calendar (year, month) of each step.
    public let months: [(year: Int, month: Int)]
    /// Niño-3.4 anomaly of each month, °C.
    public let nino34: [Double]
    /// 60° S–60° N mean SST anomaly of each month, °C.
    public let anomaly: [Double]

    /// Reads the `sst` variable and its CF time axis.
    /// - Throws: `NetCDFError` or `CFTimeAxisError` naming the file.
    public init(contentsOf url: URL) throws {
        let file = try NetCDFFile.open(url)
        defer { file.close() }
        let variable = try file.variable("sst")
        let layout = try LatLonCellLayout(file: file, variable: variable)
        let axis = try CFTimeAxis(file: file, dimension: variable.dimensions[0])
        let longitudes = layout.longitudes.map { $0 > 180 ? $0 - 360 : $0 }
        func weights(latitudes band: ClosedRange<Double>, longitudes sector: ClosedRange<Double>?) -> [Double] {
            layout.latitudes.flatMap { lat in
                longitudes.map { lon in
                    band.contains(lat) && (sector?.contains(lon) ?? true) ? cos(lat * .pi / 180) : 0
                }
            }
        }
        let ninoWeights = weights(latitudes: -5...5, longitudes: -170 ... -120)
        let bandWeights = weights(latitudes: -60...60, longitudes: nil)
        func mean(_ values: [Double], _ w: [Double]) -> Double {
            var s = 0.0, sw = 0.0
            for (v, wi) in zip(values, w) where wi > 0 && v.isFinite {
                s += v * wi
                sw += wi
            }
            return s / sw
        }
        var ninoRaw: [Double] = [], bandRaw: [Double] = []
        for step in 0..<axis.dates.count {
            let values = try NetCDFFieldReader.readOriented(file, variable: variable, time: step, layout: layout)
            ninoRaw.append(mean(values, ninoWeights))
            bandRaw.append(mean(values, bandWeights))
        }
        let yearMonths = axis.yearMonths
        let completeYears = Set(Dictionary(grouping: yearMonths, by: \.year).filter { $0.value.count == 12 }.keys)
        func anomalies(_ raw: [Double]) -> [Double] {
            var climatology = [Double](repeating: 0, count: 13), counts = [Double](repeating: 0, count: 13)
            for (i, m) in yearMonths.enumerated() where completeYears.contains(m.year) {
                climatology[m.month] += raw[i]
                counts[m.month] += 1
            }
            return yearMonths.enumerated().map { i, m in raw[i] - climatology[m.month] / counts[m.month] }
        }
        months = yearMonths
        nino34 = anomalies(ninoRaw)
        anomaly = anomalies(bandRaw)
    }

    /// Annual means of the two anomalies over the months of `year` the record has, or nil when none.
    public func annual(_ year: Int) -> (nino34: Double, anomaly: Double, months: Int)? {
        let indices = months.indices.filter { months[$0].year == year }
        guard !indices.isEmpty else { return nil }
        let n = Double(indices.count)
        return (indices.reduce(0) { $0 + nino34[$1] } / n, indices.reduce(0) { $0 + anomaly[$1] } / n, indices.count)
    }
}
