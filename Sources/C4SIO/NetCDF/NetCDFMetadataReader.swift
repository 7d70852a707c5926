import CNetCDF

/// Reads the group tree of an open netCDF file (dimensions, variables, attributes, nested groups).
/// Callers hold the netCDF lock (`NetCDFLibrary.withLock`) for the whole read.
struct NetCDFMetadataReader {
    /// The file's path, for error messages.
    let path: String

    /// The group with netCDF id `groupID`, named `name`, at `groupPath`, and everything nested in it.
    func group(id groupID: Int32, name: String, path groupPath: String) throws -> NetCDFGroup {
        let attributeReader = NetCDFAttributeReader(path: path)
        let attributes = try attributeReader.attributes(
            group: groupID, variable: c4s_NC_GLOBAL(),
            owner: groupPath == "/" ? "global attributes" : "attributes of group \(groupPath)")
        let subgroups = try ids("listing the groups in \(groupPath)") { nc_inq_grps(groupID, $0, $1) }
        return NetCDFGroup(
            name: name, path: groupPath,
            dimensions: try dimensions(group: groupID, path: groupPath),
            variables: try variables(group: groupID, path: groupPath, attributeReader: attributeReader),
            attributes: attributes,
            groups: try subgroups.map { subgroupID in
                let subname = try readName(of: "a group in \(groupPath)") { nc_inq_grpname(subgroupID, $0) }
                let subpath = (groupPath == "/" ? "" : groupPath) + "/" + subname
                return try group(id: subgroupID, name: subname, path: subpath)
            })
    }

    private func dimensions(group: Int32, path groupPath: String) throws -> [NetCDFDimension] {
        let dimensionIDs = try ids("listing the dimensions of \(groupPath)") { nc_inq_dimids(group, $0, $1, 0) }
        let unlimitedIDs = Set(try ids("listing the unlimited dimensions of \(groupPath)") {
            nc_inq_unlimdims(group, $0, $1)
        })
        return try dimensionIDs.map { dimensionID in
            var length = 0
            let (status, name) = NetCDFLibrary.name { nc_inq_dim(group, dimensionID, $0, &length) }
            try NetCDFLibrary.check(path, status, "reading dimension \(dimensionID) of \(groupPath)")
            return NetCDFDimension(name: name, length: length, isUnlimited: unlimitedIDs.contains(dimensionID))
        }
    }

    private func variables(
        group: Int32, path groupPath: String, attributeReader: NetCDFAttributeReader
    ) throws -> [NetCDFVariable] {
        let variableIDs = try ids("listing the variables of \(groupPath)") { nc_inq_varids(group, $0, $1) }
        return try variableIDs.map { variableID in
            let name = try readName(of: "variable \(variableID) in \(groupPath)") {
                nc_inq_varname(group, variableID, $0)
            }
            func check(_ status: Int32, _ what: String) throws {
                try NetCDFLibrary.check(path, status, "reading the \(what) of variable '\(name)'")
            }
            var typeCode: nc_type = 0
            var rank: Int32 = 0
            try check(nc_inq_vartype(group, variableID, &typeCode), "type")
            try check(nc_inq_varndims(group, variableID, &rank), "rank")
            var dimensionIDs = [Int32](repeating: 0, count: Int(rank))
            try check(nc_inq_vardimid(group, variableID, &dimensionIDs), "dimensions")
            var dimensionNames: [String] = []
            var shape: [Int] = []
            for dimensionID in dimensionIDs {
                var length = 0
                let (status, dimensionName) = NetCDFLibrary.name { nc_inq_dim(group, dimensionID, $0, &length) }
                try check(status, "dimension \(dimensionID)")
                dimensionNames.append(dimensionName)
                shape.append(length)
            }
            return NetCDFVariable(
                name: name, type: try typeName(typeCode, group: group),
                dimensions: dimensionNames, shape: shape,
                attributes: try attributeReader.attributes(group: group, variable: variableID, owner: "variable '\(name)'"),
                groupID: group, groupPath: groupPath, variableID: variableID)
        }
    }

    /// The CDL name of an atomic type, or the name of a user-defined type.
    func typeName(_ typeCode: nc_type, group: Int32) throws -> String {
        if let primitive = NetCDFPrimitiveType(code: typeCode) { return primitive.rawValue }
        return try readName(of: "user-defined type \(typeCode)") { nc_inq_type(group, typeCode, $0, nil) }
    }

    /// Calls a libnetcdf "inquire ids" function twice, once for the count and once for the ids.
    private func ids(
        _ action: String, _ inquire: (UnsafeMutablePointer<Int32>?, UnsafeMutablePointer<Int32>?) -> Int32
    ) throws -> [Int32] {
        var count: Int32 = 0
        try NetCDFLibrary.check(path, inquire(&count, nil), action)
        var ids = [Int32](repeating: 0, count: Int(count))
        if count > 0 {
            let status = ids.withUnsafeMutableBufferPointer { inquire(&count, $0.baseAddress) }
            try NetCDFLibrary.check(path, status, action)
        }
        return ids
    }

    private func readName(of what: String, _ fill: (UnsafeMutablePointer<CChar>) -> Int32) throws -> String {
        let (status, name) = NetCDFLibrary.name(fill)
        try NetCDFLibrary.check(path, status, "reading the name of \(what)")
        return name
    }
}
