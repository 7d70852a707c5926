import ArgumentParser
import C4SWorkbench

/// `c4s dig train|sample`: DiG-style diffusion models of 2-D Boltzmann densities, through the
/// `dig-train` and `dig-sample` jobs.
struct DiGCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dig",
        abstract: "Train and sample DiG-style diffusion models of equilibrium densities (Müller–Brown, Gaussian mixture, alanine dipeptide on the (φ, ψ) torus).",
        subcommands: [Surface.self, Train.self, Sample.self])

    /// Runs job `id` with the words, or prints its parameters for `--help`.
    static func execute(_ id: String, _ words: [String]) throws {
        try JobExecution.execute(jobID: id, words: words)
    }

    struct Surface: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compute the relaxed ff14SB (φ, ψ) surface of alanine dipeptide: c4s dig surface [--bins 36] [--output FILE].",
            discussion: "Options are the parameters of the dig-surface job (`c4s dig surface --help` lists them), plus --json, --export FILE.h5, --quiet.")

        @Argument(parsing: .captureForPassthrough, help: "Job parameters as --name value.")
        var arguments: [String] = []

        func run() throws { try DiGCommand.execute(DiGSurfaceJob.descriptor.id, arguments) }
    }

    struct Train: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Train a model: c4s dig train --system muller-brown|gaussian-mixture|alanine-dipeptide --mode data [--epochs N] [--seed S] [--output FILE].",
            discussion: "Options are the parameters of the dig-train job (`c4s dig train --help` lists them), plus --json, --export FILE.h5, --quiet.")

        @Argument(parsing: .captureForPassthrough, help: "Job parameters as --name value.")
        var arguments: [String] = []

        func run() throws { try DiGCommand.execute(DiGTrainJob.descriptor.id, arguments) }
    }

    struct Sample: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sample a model and score it: c4s dig sample --system … --n 100000 [--sampler ddpm|ode] [--json] [--export samples.h5].",
            discussion: "Options are the parameters of the dig-sample job (`c4s dig sample --help` lists them), plus --json, --export FILE.h5, --quiet.")

        @Argument(parsing: .captureForPassthrough, help: "Job parameters as --name value.")
        var arguments: [String] = []

        func run() throws { try DiGCommand.execute(DiGSampleJob.descriptor.id, arguments) }
    }
}
