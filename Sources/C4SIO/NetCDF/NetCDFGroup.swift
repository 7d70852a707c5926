/// A netCDF group: the root group of every file, and the nested groups of netCDF-4 files.
public struct NetCDFGroup: Sendable {
    /// The group's name; `/` for the root group.
    public let name: String
    /// The group's full path from the root, `/` for the root group, e.g. `/forecast/surface`.
    public let path: String
    /// The dimensions defined in this group (not those inherited from enclosing groups), in definition order.
    public let dimensions: [NetCDFDimension]
    /// The variables defined in this group, in definition order.
    public let variables: [NetCDFVariable]
    /// The group's attributes (for the root group, the file's global attributes).
    public let attributes: [NetCDFAttribute]
    /// The groups nested in this one, in definition order; always empty for netCDF-3 files.
    public let groups: [NetCDFGroup]

    /// This group's variables followed by those of its nested groups, depth first.
    var allVariables: [NetCDFVariable] {
        variables + groups.flatMap(\.allVariables)
    }
}
