import ArgumentParser
import C4SWorkbench

/// `c4s unit-candidates --trajectories md.h5 --output candidates.h5`: active-learning candidates for
/// the ML unit potential from ML MD trajectories, through the `unit-candidates` job.
struct UnitCandidatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit-candidates",
        abstract: "Active learning: the protein units of ML MD frames that lie outside the ML potential's training data, written unlabelled.",
        discussion: """
            Example: c4s md chig --engine ml --temperature 600 --export hot.h5 && \
            c4s unit-candidates --trajectories hot.h5 --output candidates.h5 --per-kind 20. Options are the \
            parameters of the unit-candidates job (`c4s unit-candidates --help` lists them), plus --json, \
            --export FILE.h5, --quiet. The output is a unit training set (the unit-dataset format) with \
            energies and forces 0 and method `unlabelled`, for xtb to label.
            """)

    @Argument(parsing: .captureForPassthrough, help: "Job parameters as --name value.")
    var arguments: [String] = []

    func run() throws { try JobExecution.execute(jobID: UnitCandidatesJob.descriptor.id, words: arguments) }
}
