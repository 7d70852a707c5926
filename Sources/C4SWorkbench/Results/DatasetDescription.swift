import C4SCore

/// The full description of one catalog dataset, for `c4s datasets show` and the Datasets pane.
public enum DatasetDescription {
    /// Multi-line text: title, kind, files with sizes, digests and locations, provenance, variables.
    public static func text(_ e: CatalogEntry, locator: DatasetLocator) -> String {
        var lines = ["\(e.id): \(e.title)", "kind      \(e.kind.rawValue)"]
        if let g = e.generator {
            lines.append("generator \(g.name) " + g.parameters.keys.sorted().map { "\($0)=\(g.parameters[$0]!)" }.joined(separator: " "))
        }
        for f in e.files {
            let location = (try? locator.url(of: f, in: e).path) ?? "MISSING"
            lines.append("file      \(f.path)  \(ByteCount.text(f.bytes))  sha256 \(f.sha256)")
            lines.append("          at \(location)")
        }
        if let o = e.origin { lines.append("origin    \(o)") }
        if let l = e.licence { lines.append("licence   \(l)") }
        if let c = e.citation { lines.append("citation  \(c)") }
        if let vars = e.variables {
            lines.append("variables")
            for v in vars {
                lines.append("  \(v.name.padding(toLength: 30, withPad: " ", startingAt: 0)) [\(v.units)]" + (v.description.map { "  \($0)" } ?? ""))
            }
        }
        return lines.joined(separator: "\n")
    }
}
