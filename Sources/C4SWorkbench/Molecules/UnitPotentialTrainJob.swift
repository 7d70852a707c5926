import C4SCore
import C4SMolecules
import Foundation

/// Trains the machine-learned unit potential (`MLTrainer`) on a unit training set (`UnitTrainingSet`,
/// e.g. the committed GFN2-xTB set) and writes it (HDF5), then measures it on the set's test split.
///
/// Samples: one per epoch (work = training conformations; observations training and validation loss,
/// validation energy and force MAE). Metrics: test energy and force MAE overall, epochs, seconds.
/// Arrays: per unit kind test energy MAE, force MAE and conformations; losses per epoch.
public struct UnitPotentialTrainJob: Job {
    /// The job kind `unit-potential-train`.
    public static let descriptor = JobDescriptor(
        id: "unit-potential-train",
        title: "ML unit potential training (ANI-style descriptors, per-element networks, energies and forces)",
        summary: """
            Fits per-element self-energies by least squares, standardises ANI-style atomic environment vectors \
            (H, C, N, O, S; radial 5.2 Å, angular 3.5 Å) and trains one SiLU network per element on energies and \
            exact forces (loss ΔE²/n + ρ·mean ΔF²) with Adam on mini-batches of conformations, keeping the epoch \
            with the lowest validation loss. Reports the test split's energy and force errors per unit kind.
            """,
        parameters: [
            ParameterSpec("data", "unit training sets (HDF5, `c4s unit-dataset`) separated by commas; `committed` is datasets/molecules/unit-xtb-training.h5",
                          kind: .text, default: .string("committed")),
            ParameterSpec("output", "potential file to write, or `committed` for datasets/models/ml-unit-potential.h5", kind: .text,
                          default: .string(UnitPotentialLocation.committed)),
            ParameterSpec("hidden", "hidden layer widths, comma-separated", kind: .text, default: .string("64,32")),
            ParameterSpec("epochs", "largest number of passes over the training conformations", kind: .int(1...100_000), default: .int(200)),
            ParameterSpec("batch", "conformations per Adam step", kind: .int(1...4096), default: .int(32)),
            ParameterSpec("learning-rate", "Adam step size at the first epoch", kind: .double(1e-6...1), default: .double(1e-3)),
            ParameterSpec("final-learning-rate", "Adam step size at the last epoch or the time limit (geometric decay)", kind: .double(1e-8...1), default: .double(1e-5)),
            ParameterSpec("force-weight", "weight ρ of the force term ((kcal/mol/Å)² against (kcal/mol)² per atom)", kind: .double(0...1e6), default: .double(0.1)),
            ParameterSpec("patience", "epochs without a better validation loss before stopping", kind: .int(1...100_000), default: .int(40)),
            ParameterSpec("time-limit", "stop after the epoch that passes this many minutes", kind: .double(0.01...100_000), default: .double(30), unit: "min"),
            ParameterSpec("seed", "seed of the initial weights and the batch order", kind: .int(0...Int.max), default: .int(1)),
            ParameterSpec("threads", "threads for descriptors and forces (0 = all cores)", kind: .int(0...4096), default: .int(0)),
        ],
        workUnit: WorkUnit(name: "conformation", throughputLabel: "conformations/s", scale: 1),
        make: { parameters, _ in try UnitPotentialTrainJob(parameters: parameters) })

    public var descriptor: JobDescriptor { Self.descriptor }
    public let parameters: JobParameters
    /// No catalog datasets are read.
    public var datasets: [DatasetReference] { [] }
    /// The training set files.
    public let data: [URL]
    /// Where the potential is written.
    public let output: URL
    /// Hidden widths.
    public let hidden: [Int]

    /// Resolves the files and the hidden widths.
    /// - Throws: `JobError.failed` for malformed widths or `committed` outside a repository.
    public init(parameters: JobParameters) throws {
        self.parameters = parameters
        let id = Self.descriptor.id
        data = try UnitTrainingFiles.urls(parameters.string("data"), job: id)
        output = try UnitPotentialLocation.url(parameters.string("output"), job: id)
        let widths = parameters.string("hidden").split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !widths.isEmpty, widths.allSatisfy({ ($0 ?? 0) >= 1 && ($0 ?? 0) <= 4096 }) else {
            throw JobError.failed(job: id, reason: "--hidden \(parameters.string("hidden")): give comma-separated widths 1...4096, e.g. 64,32")
        }
        hidden = widths.map { $0! }
    }

    /// Reads the data, trains, writes the potential atomically, measures the test split.
    /// - Throws: `JobError.cancelled`; `.failed` when the data cannot be read or the potential written.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date(), id = descriptor.id
        let (sets, method) = try UnitTrainingFiles.read(data, job: id)
        var options = MLTrainingOptions()
        options.hidden = hidden
        options.epochs = parameters.int("epochs")
        options.batchSize = parameters.int("batch")
        options.learningRate = parameters.double("learning-rate")
        options.finalLearningRate = parameters.double("final-learning-rate")
        options.forceWeight = parameters.double("force-weight")
        options.patience = parameters.int("patience")
        options.timeLimit = parameters.double("time-limit") * 60
        options.seed = UInt64(parameters.int("seed"))
        options.workers = parameters.threads()
        let trainCount = sets.reduce(0) { $0 + $1.indices(in: .train).count }
        var lastSeconds = 0.0
        var (potential, epochs) = try MLTrainer.train(sets, options: options) { epoch in
            context.emit(JobSample(elapsed: context.elapsed, duration: max(epoch.seconds - lastSeconds, 1e-9), workUnits: Double(trainCount), bytes: 0,
                                   label: String(format: "epoch %d", epoch.epoch),
                                   observations: ["training_loss": epoch.trainLoss, "validation_loss": epoch.validationLoss,
                                                  "validation_energy_mae": epoch.validationEnergyMAE, "validation_force_mae": epoch.validationForceMAE]))
            lastSeconds = epoch.seconds
            try context.checkCancellation()
        }
        let best = epochs.min { $0.validationLoss < $1.validationLoss }!
        potential.provenance = ["reference": method, "data": data.map(\.lastPathComponent).joined(separator: ","),
                                "command": "c4s unit-potential train \(parameters.commandLine)",
                                "epochs": "\(epochs.count) run, epoch \(best.epoch) kept",
                                "training_seconds": String(format: "%.0f", epochs.last!.seconds)]
        do {
            try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            try potential.write(to: output)
        } catch {
            throw JobError.failed(job: id, reason: "cannot write the potential to \(output.path): \(error)")
        }
        let test = MLAccuracy.measure(potential, on: sets, split: .test, workers: options.workers)
        return JobResult(
            job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples,
            metrics: UnitPotentialReport.metrics(test) + [
                ResultMetric("best_epoch", Double(best.epoch), unit: "1", summary: "epoch whose weights were kept (lowest validation loss)"),
                ResultMetric("epochs", Double(epochs.count), unit: "1", summary: "epochs run"),
                ResultMetric("training_seconds", epochs.last!.seconds, unit: "s", summary: "wall-clock time of training"),
            ],
            arrays: UnitPotentialReport.arrays(test) + [
                ResultArray(name: "training_loss", shape: [epochs.count], storage: .float64(epochs.map(\.trainLoss)), unit: "1",
                            summary: "training loss per epoch", dimensionNames: ["epoch"]),
                ResultArray(name: "validation_loss", shape: [epochs.count], storage: .float64(epochs.map(\.validationLoss)), unit: "1",
                            summary: "validation loss per epoch", dimensionNames: ["epoch"]),
            ])
    }
}
