/// A netCDF dimension as defined in its group.
public struct NetCDFDimension: Sendable, Equatable {
    /// The dimension's name.
    public let name: String
    /// The current length (for an unlimited dimension, the number of records written so far); >= 0.
    public let length: Int
    /// True for a record (`UNLIMITED`) dimension.
    public let isUnlimited: Bool
}
