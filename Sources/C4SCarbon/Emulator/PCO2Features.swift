import Foundation

/// The inputs of the ocean pCO₂ emulator for one cell and month, scaled to order one: SST, salinity,
/// wind speed, ice fraction, atmospheric CO₂, and encodings of latitude (sin φ), longitude (sin λ, cos λ)
/// and month (sin, cos of 2π(m − 0.5)/12), as in Ke et al. (2024).
public enum PCO2Features {
    /// Number of features per row.
    public static let count = 10
    /// Names of the features, in order.
    public static let names = ["sst", "salinity", "wind", "ice", "xco2", "sin_lat", "sin_lon", "cos_lon", "sin_month", "cos_month"]

    /// The feature row, or nil when an input is not finite.
    /// - Parameters: sst °C; salinity (PSS); wind m s⁻¹; ice fraction 0…1; xCO₂ ppm; latitude/longitude degrees; month 1…12.
    public static func row(sst: Double, salinity: Double, wind: Double, ice: Double, xco2: Double,
                           latitude: Double, longitude: Double, month: Int) -> [Double]? {
        let inputs = [sst, salinity, wind, ice, xco2]
        guard inputs.allSatisfy(\.isFinite) else { return nil }
        let lat = latitude * .pi / 180, lon = longitude * .pi / 180, phase = 2 * .pi * (Double(month) - 0.5) / 12
        return [(sst - 15) / 10, (salinity - 34.5) / 2, (wind - 7) / 3, ice, (xco2 - 380) / 20,
                sin(lat), sin(lon), cos(lon), sin(phase), cos(phase)]
    }
}
