/// A netCDF variable's metadata, read when the file is opened. Read its values with
/// `NetCDFFile.readDoubles`, `readFloats` or `readSlice`.
public struct NetCDFVariable: Sendable {
    /// The variable's name within its group.
    public let name: String
    /// The variable's type by its CDL name: `byte char short int float double ubyte ushort uint int64
    /// uint64 string`, or the name of a user-defined type.
    public let type: String
    /// The names of the variable's dimensions, slowest-varying first (C order); empty for a scalar.
    public let dimensions: [String]
    /// The current length of each dimension (an unlimited dimension's current record count), same order
    /// as `dimensions`; the variable holds the product of these values (1 for a scalar).
    public let shape: [Int]
    /// The variable's attributes in file order.
    public let attributes: [NetCDFAttribute]

    /// Where the variable lives: its group's netCDF id, its path (`/` for the root group) and its own id.
    let groupID: Int32
    let groupPath: String
    let variableID: Int32

    /// The `units` attribute when it is text (e.g. `degC`, `days since 1800-01-01`), else nil.
    public var units: String? {
        if case .text(let text) = attribute("units") { return text }
        return nil
    }

    /// The value of the attribute called `name`, or nil when the variable has none.
    public func attribute(_ name: String) -> NetCDFAttributeValue? {
        attributes.first { $0.name == name }?.value
    }

    /// The name as a path from the root group without the leading slash: `sst`, or `forecast/sst` for a
    /// variable in group `/forecast`. `NetCDFFile.variable(_:)` accepts this form.
    var pathName: String {
        groupPath == "/" ? name : String(groupPath.dropFirst()) + "/" + name
    }
}
