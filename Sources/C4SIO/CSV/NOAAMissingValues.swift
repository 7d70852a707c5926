/// NOAA GML's markers for missing values in its CO2 files: `-99.99` for a mole fraction, `-9.99` for a
/// standard deviation, `-0.99` for an uncertainty and `-1` for a number of days. None of these quantities
/// can be negative, so any negative value is read as missing.
enum NOAAMissingValues {
    /// A mole fraction (ppm): NaN when negative.
    static func moleFraction(_ value: Double) -> Double { value < 0 ? .nan : value }

    /// A spread (standard deviation or uncertainty, ppm): nil when negative.
    static func spread(_ value: Double) -> Double? { value < 0 ? nil : value }

    /// A number of days: nil when negative.
    static func days(_ value: Int) -> Int? { value < 0 ? nil : value }

}
