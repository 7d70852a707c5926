import C4SCore
import C4SWorkbench

/// The first screen of the workbench: what this machine is, which datasets and jobs are available,
/// and the keys. Pure text lines, so tests can check it without a terminal.
struct WelcomeScreen {
    let host: HostInfo
    let limits: MachineLimits?
    let catalog: DatasetCatalog
    let registry: JobRegistry

    /// The body lines, top to bottom.
    func lines() -> [String] {
        var out = [
            "Machine   \(host.cores) cores, \(host.cpuModel)",
        ]
        if let limits {
            out.append(String(format: "Limits    triad %.1f GB/s (1 core), %.1f GB/s (%d cores); DGEMM %.1f GFLOP/s",
                              limits.triadOneCoreGBps, limits.triadAllCoresGBps, limits.cores, limits.dgemmGFLOPs))
        } else {
            out.append("Limits    not measured yet: run `c4s bench --machine`")
        }
        out.append("")
        out.append("Datasets  \(catalog.datasets.count) in the catalog")
        for kind in DatasetKind.allCases {
            let entries = catalog.entries(of: kind)
            guard !entries.isEmpty else { continue }
            let ids = entries.prefix(6).map(\.id).joined(separator: ", ") + (entries.count > 6 ? ", …" : "")
            out.append("  \(kind.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0))\(entries.count): \(ids)")
        }
        out.append("")
        out.append("Jobs      \(registry.descriptors.map(\.id).joined(separator: ", ")) (see `c4s run`)")
        return out
    }

    /// The footer of key hints.
    static let footer = " q quit "
}
