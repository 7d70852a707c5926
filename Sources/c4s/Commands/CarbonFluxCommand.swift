import ArgumentParser

/// `c4s carbon flux`: the `airsea-flux` job (monthly flux maps of a pCO₂ climatology, checked against the
/// file's own flux and the published global flux).
struct CarbonFluxCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flux",
        abstract: "Air-sea CO2 flux maps of a monthly pCO2 climatology (the airsea-flux job).")

    @Option(help: "Catalog id of the monthly climatology.")
    var dataset = "takahashi09"
    @Option(help: "Month 1 to 12, or 0 for all twelve.")
    var month = 0
    @Option(help: "wanninkhof2014 (k from wind and SST) or file-k (the file's own k and K0).")
    var parameterisation = "wanninkhof2014"
    @Flag(help: "Print the result as JSON.")
    var json = false
    @Option(help: "Add the result (maps with lat/lon dimension scales) to this HDF5 file, atomically.")
    var export: String?

    func run() throws {
        var words = ["--dataset", dataset, "--month", String(month), "--parameterisation", parameterisation]
        if json { words.append("--json") }
        if let export { words += ["--export", export] }
        try JobExecution.execute(jobID: "airsea-flux", words: words)
    }
}
