import ArgumentParser
import C4SWorkbench
import Foundation

/// `c4s carbon budget`: the `carbon-budget` job (identities of the GCB table, low-latency estimate of the
/// latest years, leave-future-out hindcast), exported to HDF5 or, for a `.csv` file, to one CSV row per year.
struct CarbonBudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget",
        abstract: "Check the Global Carbon Budget's identities; estimate the latest years; hindcast.",
        discussion: """
            Without flags, checks every identity of the GCB 2023 table and reports failures by year and column. \
            --latest estimates the years after the table that NOAA's CO2 records cover, with 1 sigma; \
            --hindcast estimates every year from --hindcast-from on from the table before it and reports \
            RMSE and bias per component. --export FILE.h5 adds the result to an HDF5 file; --export FILE.csv \
            writes one row per year (published table, drivers, estimates). Both are atomic.
            """)

    @Flag(help: "Estimate the years after the table (2023 on) from NOAA CO2 and the emissions trend.")
    var latest = false
    @Flag(help: "Leave-future-out hindcast of the table's years.")
    var hindcast = false
    @Option(help: "First hindcast year.")
    var hindcastFrom = 2000
    @Option(help: "Table years (at most) each emulator is fitted to.")
    var trainingYears = 30
    @Flag(help: "Print the result as JSON.")
    var json = false
    @Option(help: "Export to FILE.h5 (HDF5 group) or FILE.csv (one row per year).")
    var export: String?
    @Option(help: "HDF5 group path for --export FILE.h5.")
    var group: String?

    func run() throws {
        var words = ["--latest", String(latest), "--hindcast", String(hindcast),
                     "--hindcast-from", String(hindcastFrom), "--training-years", String(trainingYears)]
        if json { words.append("--json") }
        let csv = export.map { $0.lowercased().hasSuffix(".csv") } ?? false
        if let export, !csv {
            words += ["--export", export]
            if let group { words += ["--group", group] }
        }
        guard let result = try JobExecution.execute(jobID: CarbonBudgetJob.descriptor.id, words: words), csv, let export else { return }
        do {
            try ResultCSVExporter.export(result, dimension: "year", to: URL(fileURLWithPath: export))
            FileHandle.standardError.write(Data("exported to \(export)\n".utf8))
        } catch let error as CustomStringConvertible & Error {
            throw CommandFailure("export failed, \(export) is unchanged: \(error.description)")
        }
    }
}
