/// A variable of a gridded field dataset, with its physical units as the file states them.
public struct DatasetVariable: Codable, Sendable, Equatable {
    /// Variable name in the file (e.g. `pCO2_sw`).
    public var name: String
    /// Units string (UDUNITS style where the file follows CF, e.g. `microatm`, `degC`).
    public var units: String
    /// Long name or description, when the file gives one.
    public var description: String?

    /// Creates a variable record.
    public init(name: String, units: String, description: String? = nil) {
        self.name = name
        self.units = units
        self.description = description
    }
}
