import C4SWorkbench

/// Help text for jobs: the list, and one job's parameters.
enum JobHelp {
    /// One line per job: id and title.
    static func list(_ registry: JobRegistry) -> String {
        let width = registry.descriptors.map(\.id.count).max() ?? 0
        return (["Jobs (c4s run JOB --help for parameters):"]
            + registry.descriptors.map { "  \($0.id.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.title)" })
            .joined(separator: "\n")
    }

    /// The job's summary and parameters with types, defaults and units.
    static func describe(_ d: JobDescriptor) -> String {
        let lines = ["c4s run \(d.id): \(d.title)", "", d.summary, "", "Parameters:"] + parameterLines(d.parameters)
            + ["", "Common options: --json, --export FILE.h5 [--group PATH], --quiet",
               "Throughput is reported in \(d.workUnit.throughputLabel)."]
        return lines.joined(separator: "\n")
    }

    /// A benchmark suite's summary and parameters (`c4s bench SUITE --help`).
    static func describe(_ suite: BenchmarkSuite) -> String {
        (["c4s bench \(suite.id): \(suite.summary)", "", "Parameters:"] + parameterLines(suite.parameters)
            + ["", "Common options: --json, --quiet"]).joined(separator: "\n")
    }

    /// One line per parameter: name, unit, summary, valid values and default.
    private static func parameterLines(_ parameters: [ParameterSpec]) -> [String] {
        parameters.map { p in
            let def = p.defaultValue.map { "default \($0)" } ?? "required"
            let unit = p.unit.map { " [\($0)]" } ?? ""
            return "  --\(p.name) VALUE\(unit)  \(p.summary); \(p.kind.validValues); \(def)"
        }
    }
}
