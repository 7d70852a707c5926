import ArgumentParser
import C4SWorkbench

/// `c4s unit-potential train|test`: the machine-learned unit potential's training and its errors on
/// a training set's split, through the `unit-potential-train` and `unit-potential-test` jobs.
struct UnitPotentialCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unit-potential",
        abstract: "Train the machine-learned protein-unit potential (used by --engine ml) on unit training sets, or measure its errors.",
        subcommands: [Train.self, Test.self])

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

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Test: c4s unit-potential test [--model FILE.h5] [--data FILE.h5[,FILE2.h5]] [--split test].",
            discussion: """
                Options are the parameters of the unit-potential-test job (`c4s unit-potential test --help` lists them), \
                plus --json, --export FILE.h5, --quiet. Reports energy and force errors per unit kind and overall; defaults \
                measure the committed potential on the committed set's test split.
                """)

        @Argument(parsing: .captureForPassthrough, help: "Job parameters as --name value.")
        var arguments: [String] = []

        func run() throws { try JobExecution.execute(jobID: UnitPotentialTestJob.descriptor.id, words: arguments) }
    }
}
