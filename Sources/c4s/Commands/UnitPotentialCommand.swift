import ArgumentParser
import C4SWorkbench

/// `c4s unit-potential train`: the machine-learned unit potential's training, through the
/// `unit-potential-train` job.
struct UnitPotentialCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit-potential",
        abstract: "Train the machine-learned protein-unit potential (used by --engine ml) on a unit training set.",
        subcommands: [Train.self])

    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train: c4s unit-potential train [--data FILE.h5] [--output FILE.h5] [--epochs N] [--time-limit MIN] [--seed S].",
            discussion: """
                Options are the parameters of the unit-potential-train job (`c4s unit-potential train --help` lists them), \
                plus --json, --export FILE.h5, --quiet. Defaults read datasets/molecules/unit-xtb-training.h5 and write \
                datasets/models/ml-unit-potential.h5 (the file --engine ml loads); the test split's errors are reported.
                """)

        @Argument(parsing: .captureForPassthrough, help: "Job parameters as --name value.")
        var arguments: [String] = []

        func run() throws { try JobExecution.execute(jobID: UnitPotentialTrainJob.descriptor.id, words: arguments) }
    }
}
