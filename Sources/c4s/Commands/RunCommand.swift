import ArgumentParser
import C4SWorkbench
import Foundation

/// `c4s run JOB [--param value ...]`: runs any registered job, with progress on stderr.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a job: a kernel on a dataset, a training run, an emulator, a measurement.",
        discussion: """
            Without JOB, lists the jobs. `c4s run JOB --help` lists the job's parameters. \
            Common options: --json (result as JSON on stdout), --export FILE.h5 [--group PATH] \
            (add the result to an HDF5 file, atomically), --quiet (no progress lines). \
            Ctrl-C stops a run cleanly; files exported earlier are unchanged.
            """)

    @Argument(help: "The job id (see `c4s run` for the list).")
    var job: String?

    @Argument(parsing: .captureForPassthrough, help: "Job parameters as --name value.")
    var arguments: [String] = []

    func run() throws {
        guard let job else {
            print(JobHelp.list(JobRegistry.standard))
            return
        }
        try JobExecution.execute(jobID: job, words: arguments)
    }
}
