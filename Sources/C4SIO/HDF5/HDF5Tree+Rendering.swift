extension HDF5Tree {
    /// The tree as text, one line per object, indented two spaces per level, attributes four
    /// spaces further below their object:
    ///
    ///     /  Group
    ///       /particles  Group
    ///         /particles/trajectory/position/value  Dataset {3, 19385, 3} float32  chunks {1,19385,3} deflate(4)
    ///             @unit = "nm"
    ///
    /// Shapes print as `{2, 3}` (`{scalar}` for rank 0), chunks as `{1,2}`, then the filters; notes
    /// such as `(hard link to /first/path)` follow the object; attribute summaries are at most about
    /// 60 characters.
    public func rendered() -> String {
        var lines: [String] = []
        HDF5Tree.render(root, depth: 0, into: &lines)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func render(_ node: HDF5TreeNode, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: " ", count: depth * 2)
        var line = indent + node.path + "  " + describe(node.kind, note: node.note)
        if let note = node.note, node.kind != .other { line += "  (\(note))" }
        lines.append(line)
        for attribute in node.attributes {
            lines.append(indent + "    @\(attribute.name) = \(attribute.summary)")
        }
        for child in node.children {
            render(child, depth: depth + 1, into: &lines)
        }
    }

    private static func describe(_ kind: HDF5TreeNode.Kind, note: String?) -> String {
        switch kind {
        case .group:
            return "Group"
        case .dataset(let shape, let type, let chunks, let compression):
            let extent = shape.isEmpty ? "{scalar}" : "{" + shape.map(String.init).joined(separator: ", ") + "}"
            var text = "Dataset \(extent) \(type)"
            if let chunks { text += "  chunks {" + chunks.map(String.init).joined(separator: ",") + "}" }
            if let compression { text += (chunks == nil ? "  " : " ") + compression }
            return text
        case .other:
            return note ?? "Other"
        }
    }
}
