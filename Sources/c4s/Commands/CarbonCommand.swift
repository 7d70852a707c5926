import ArgumentParser

/// `c4s carbon flux|budget|emulate`: the carbon-budget engine's jobs under their own names.
struct CarbonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "carbon",
        abstract: "Air-sea CO2 flux maps and the global carbon budget (GCB 2023, NOAA CO2, ERSST v5).",
        subcommands: [CarbonFluxCommand.self, CarbonBudgetCommand.self, CarbonEmulateCommand.self])
}
