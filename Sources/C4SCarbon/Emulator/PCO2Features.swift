import Foundation

/// The inputs of the ocean pCO₂ emulator for one cell and month, scaled to order one: SST, salinity,
/// wind speed, ice fraction, optionally atmospheric CO₂, the n-vector of the cell centre
/// (cos φ cos λ, cos φ sin λ, sin φ: continuous across the date line and at the poles) and the month
/// (sin, cos of 2π(m − 0.5)/12).
public struct PCO2Features: Sendable, Equatable {
    /// Whether the atmospheric CO₂ mole fraction is an input (the fifth feature).
    public let includesCO2: Bool

    /// The feature set with or without atmospheric CO₂.
    public init(includesCO2: Bool) {
        self.includesCO2 = includesCO2
    }

    /// The feature set whose `names` are `names`, or nil when they are neither set's.
    public init?(names: [String]) {
        guard let match = [true, false].first(where: { PCO2Features(includesCO2: $0).names == names }) else { return nil }
        self.init(includesCO2: match)
    }

    /// Names of the features, in order.
    public var names: [String] {
        ["sst", "salinity", "wind", "ice"] + (includesCO2 ? ["xco2"] : []) + ["nx", "ny", "nz", "sin_month", "cos_month"]
    }

    /// Number of features per row (9, or 10 with CO₂).
    public var count: Int { includesCO2 ? 10 : 9 }

    /// The feature row, or nil when an input is not finite.
    /// - Parameters: sst °C; salinity (PSS); wind m s⁻¹; ice fraction 0…1; xCO₂ ppm (ignored without CO₂);
    ///   latitude/longitude degrees; month 1…12.
    public func row(sst: Double, salinity: Double, wind: Double, ice: Double, xco2: Double,
                    latitude: Double, longitude: Double, month: Int) -> [Double]? {
        guard [sst, salinity, wind, ice].allSatisfy(\.isFinite), !includesCO2 || xco2.isFinite else { return nil }
        let lat = latitude * .pi / 180, lon = longitude * .pi / 180, phase = 2 * .pi * (Double(month) - 0.5) / 12
        return [(sst - 15) / 10, (salinity - 34.5) / 2, (wind - 7) / 3, ice] + (includesCO2 ? [(xco2 - 380) / 20] : [])
            + [cos(lat) * cos(lon), cos(lat) * sin(lon), sin(lat), sin(phase), cos(phase)]
    }
}
