/// A netCDF dimension as defined in its group.
public struct NetCDFDimension: Sendable, Equatable {
    /// The dimension's name.
    public let name: String
    /// The current length (for an unlimited dimension, the number of records written so far); >= 0.
    public let length: Int
    /// True for a record (`UNLIMITED`) dimension.
    public let isUnlimited: Bool

    /// A dimension description; `length` >= 0 (for comparisons and for callers describing expected files).
    public init(name: String, length: Int, isUnlimited: Bool) {
        self.name = name
        self.length = length
        self.isUnlimited = isUnlimited
    }
}
