import ArgumentParser
import C4SWorkbench

/// `c4s`: the C4S Workbench. With no subcommand it opens the full-screen workbench.
@main
struct C4SCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "c4s",
        abstract: "C4S Workbench: scientific kernels, AI-for-science models and carbon budgets in your terminal.",
        discussion: """
            Run without arguments to open the full-screen workbench. Every job it runs can also be \
            run from the command line with `c4s run JOB`, and its result exported to HDF5.

            Datasets are found in $C4S_DATA_DIR, the repository's datasets/, ../shared/datasets and \
            $XDG_CACHE_HOME/c4s, in that order.
            """,
        version: "C4S Workbench 0.1.0",
        subcommands: [OpenCommand.self, RunCommand.self, DatasetsCommand.self, InspectCommand.self,
                      BenchCommand.self, CarbonCommand.self, FragmentCommand.self, MDCommand.self, UnitDatasetCommand.self, UnitPotentialCommand.self, UnitCandidatesCommand.self, DiGCommand.self, VersionCommand.self],
        defaultSubcommand: OpenCommand.self)

    /// Makes OpenBLAS use this CPU's best kernels (see `OpenBLASCoreSelection`), then runs the command.
    static func main() {
        OpenBLASCoreSelection.reexecWithBestKernelsIfNeeded()
        main(nil)
    }
}
