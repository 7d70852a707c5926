/// The header of a netCDF file as `ncdump -h` prints it, for `c4s inspect`.
public enum NetCDFHeader {
    /// The CDL header of `file`, laid out as `ncdump -h` (netCDF 4.9) lays it out:
    ///
    /// ```
    /// netcdf NAME {
    /// dimensions:
    /// <TAB>time = UNLIMITED ; // (128 currently)
    /// variables:
    /// <TAB>float sst(time, lat, lon) ;
    /// <TAB><TAB>sst:units = "degC" ;
    ///
    /// // global attributes:
    /// <TAB><TAB>:title = "…" ;
    ///
    /// group: NAME { … } // group NAME      (netCDF-4 groups, indented two spaces per level)
    /// }
    /// ```
    ///
    /// NAME is the file name without its last extension; names are CDL-escaped, attribute values printed
    /// as `NetCDFAttribute.cdlDescription` describes (with ncdump's line breaks after `\n` in text for files
    /// that are not netCDF-4). The text ends with a newline. Not rendered: the `types:` section of
    /// netCDF-4 user-defined types (variables and attributes of such types show the type's name), and
    /// the group-path prefix ncdump adds to a dimension name that an inner group redefines.
    public static func render(_ file: NetCDFFile) -> String {
        let fileName = file.url.lastPathComponent
        let datasetName = fileName.lastIndex(of: ".").map { String(fileName[..<$0]) } ?? fileName
        var lines = ["netcdf \(CDLText.escapedName(datasetName)) {"]
        appendGroup(file.rootGroup, level: 0, breaksText: file.format != "netCDF-4", to: &lines)
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func appendGroup(_ group: NetCDFGroup, level: Int, breaksText: Bool, to lines: inout [String]) {
        let indent = String(repeating: "  ", count: level)
        if !group.dimensions.isEmpty {
            lines.append(indent + "dimensions:")
            for dimension in group.dimensions {
                let length = dimension.isUnlimited
                    ? "UNLIMITED ; // (\(dimension.length) currently)" : "\(dimension.length) ;"
                lines.append(indent + "\t" + CDLText.escapedName(dimension.name) + " = " + length)
            }
        }
        if !group.variables.isEmpty {
            lines.append(indent + "variables:")
            for variable in group.variables {
                let dimensions = variable.dimensions.isEmpty
                    ? "" : "(" + variable.dimensions.map(CDLText.escapedName).joined(separator: ", ") + ")"
                lines.append(indent + "\t" + typeName(variable.type) + " " + CDLText.escapedName(variable.name)
                    + dimensions + " ;")
                for attribute in variable.attributes {
                    lines.append(attributeLine(attribute, owner: variable.name, indent: indent, breaksText: breaksText))
                }
            }
        }
        if !group.attributes.isEmpty {
            lines.append("")
            lines.append(indent + (level == 0 ? "// global attributes:" : "// group attributes:"))
            for attribute in group.attributes {
                lines.append(attributeLine(attribute, owner: "", indent: indent, breaksText: breaksText))
            }
        }
        for subgroup in group.groups {
            let name = CDLText.escapedName(subgroup.name)
            lines.append("")
            lines.append(indent + "group: " + name + " {")
            appendGroup(subgroup, level: level + 1, breaksText: breaksText, to: &lines)
            lines.append(indent + "  } // group " + name)
        }
    }

    /// One attribute line; `string` and user-defined types are named before the attribute, as in ncdump.
    private static func attributeLine(
        _ attribute: NetCDFAttribute, owner: String, indent: String, breaksText: Bool
    ) -> String {
        let primitive = NetCDFPrimitiveType(rawValue: attribute.type)
        let typePrefix = primitive == nil || primitive == .string ? typeName(attribute.type) + " " : ""
        return indent + "\t\t" + typePrefix + CDLText.escapedName(owner) + ":" + CDLText.escapedName(attribute.name)
            + " = " + attribute.cdlDescription(breakingLinesAfterNewlines: breaksText) + " ;"
    }

    private static func typeName(_ type: String) -> String {
        NetCDFPrimitiveType(rawValue: type) == nil ? CDLText.escapedName(type) : type
    }
}
