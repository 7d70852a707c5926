import C4SCore
import C4SMolecules
import Foundation

/// Measures an ML unit potential file against the reference labels of one split of one or more
/// unit training sets: energy and force errors per unit kind and overall (e.g. new weights on an
/// older set's test split, or the committed weights on a new set).
///
/// Metrics: overall errors named after the split (`test_energy_mae`, `validation_force_mae`, as
/// `unit-potential-train` reports the test split's) and, per unit kind,
/// `KIND/energy_mae` (kcal/mol), `KIND/force_mae` (kcal/mol/Å) with the conformation count.
public struct UnitPotentialTestJob: Job {
    /// The job kind `unit-potential-test`.
    public static let descriptor = JobDescriptor(
        id: "unit-potential-test",
        title: "ML unit potential errors on a training set's split, per unit kind",
        summary: """
            Evaluates an ML unit potential (energies and exact forces) on the conformations of one split of unit \
            training sets and reports the mean absolute energy error per conformation and the force-component MAE \
            and RMSE against the reference labels, per unit kind and overall.
            """,
        parameters: [
            ParameterSpec("model", "potential file, or `committed` for datasets/models/ml-unit-potential.h5", kind: .text,
                          default: .string(UnitPotentialLocation.committed)),
            ParameterSpec("data", "unit training sets (HDF5) separated by commas; `committed` is datasets/molecules/unit-xtb-training.h5",
                          kind: .text, default: .string("committed")),
            ParameterSpec("split", "the part of the sets to measure", kind: .choice(["test", "validation", "train"]), default: .string("test")),
            ParameterSpec("threads", "threads for descriptors and forces (0 = all cores)", kind: .int(0...4096), default: .int(0)),
        ],
        workUnit: WorkUnit(name: "conformation", throughputLabel: "conformations/s", scale: 1),
        make: { parameters, _ in try UnitPotentialTestJob(parameters: parameters) })

    public var descriptor: JobDescriptor { Self.descriptor }
    public let parameters: JobParameters
    /// No catalog datasets are read.
    public var datasets: [DatasetReference] { [] }
    /// The potential file.
    public let model: URL
    /// The training-set files.
    public let data: [URL]

    /// Resolves the files. - Throws: `JobError.failed` for `committed` outside a repository or no data file.
    public init(parameters: JobParameters) throws {
        self.parameters = parameters
        model = try UnitPotentialLocation.url(parameters.string("model"), job: Self.descriptor.id)
        data = try UnitTrainingFiles.urls(parameters.string("data"), job: Self.descriptor.id)
    }

    /// Reads the potential and the sets and measures the split.
    /// - Throws: `JobError.failed` naming the file that cannot be read; `JobError.cancelled`.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date(), id = descriptor.id
        let potential: MLUnitPotential
        do {
            potential = try MLUnitPotential(reading: model)
        } catch {
            throw JobError.failed(job: id, reason: "cannot load the ML unit potential \(model.path): \(error)")
        }
        let (sets, _) = try UnitTrainingFiles.read(data, job: id)
        try context.checkCancellation()
        let split = UnitDatasetSplit.allCases.first { $0.name == parameters.string("split") }!
        let accuracy = MLAccuracy.measure(potential, on: sets, split: split, workers: parameters.threads())
        guard accuracy.overall.conformations > 0 else {
            throw JobError.failed(job: id, reason: "the \(split.name) split of \(data.map(\.path).joined(separator: ", ")) holds no conformation")
        }
        var metrics = UnitPotentialReport.metrics(accuracy).map { m in
            ResultMetric(m.name.replacingOccurrences(of: "test_", with: "\(split.name)_"), m.value, unit: m.unit,
                         summary: m.summary.replacingOccurrences(of: "test split", with: "\(split.name) split"))
        }
        for kind in accuracy.kinds {
            metrics.append(ResultMetric("\(kind.label)/energy_mae", kind.energyMAE, unit: "kcal/mol",
                                        summary: "\(kind.conformations) conformations, mean signed error \(String(format: "%+.2f", kind.energyBias))"))
            metrics.append(ResultMetric("\(kind.label)/force_mae", kind.forceMAE, unit: "kcal/mol/Å", summary: "force RMSE \(String(format: "%.2f", kind.forceRMSE))"))
        }
        return JobResult(job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples, metrics: metrics,
                         arrays: UnitPotentialReport.arrays(accuracy))
    }
}
