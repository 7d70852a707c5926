import C4SCore
import C4SDiffusion
import C4SLearn
import Foundation

/// Trains a DiG-style diffusion model for a 2-D equilibrium system and writes it to an HDF5 model file.
///
/// Mode `data`: denoising score matching on samples, 10 % held out for validation: with --data exact,
/// independent samples of the exact Boltzmann density (drawn from a 500 × 500 grid of it, uniform
/// within cells); with --data metropolis, the records of a random-walk Metropolis run started at the
/// lowest cell centre of a 500 × 500 grid (one every --thinning steps after a burn-in of 100
/// records). On the torus (alanine dipeptide) the model runs on the unit-circle embedding of the
/// angles (`TorusEmbedding`).
/// Mode `pidp`: physics-informed training from the energy alone (`PhysicsInformedTraining`) on
/// low-energy points: uniform points of the domain with u − u_min ≤ --energy-cutoff (u_min the lowest
/// u among them), forward-noised as collocation points and used as they are for the initial condition
/// s(x, t_min) = −∇u; collocation times widen from t_min to 1 over the --curriculum fraction of epochs.
/// Samples: one per epoch (work = training rows; observations training and validation loss).
public struct DiGTrainJob: Job {
    /// The job kind `dig-train`.
    public static let descriptor = JobDescriptor(
        id: "dig-train",
        title: "DiG training (diffusion model of a 2-D Boltzmann density)",
        summary: """
            Trains an MLP noise network ε_θ(x, t) (SiLU, Fourier time features) of a variance-preserving \
            diffusion (DiG's sigmoid or a linear β schedule, N steps) for the Müller–Brown potential at \
            k_BT = 20, a 2-D Gaussian mixture, or alanine dipeptide on the (φ, ψ) torus (on the unit-circle \
            embedding of the angles). Mode data: denoising score matching on samples of the exact density \
            (--data exact) or of a Metropolis run (--data metropolis). Mode pidp: from the energy alone, by the Fokker–Planck residual of the score on forward-noised \
            low-energy points (finite-difference derivatives, exact or Hutchinson divergence, times widening from t_min to 1 over a curriculum) \
            plus the initial condition λ‖s(x, t_min) + ∇E/k_BT‖²/(1 + ‖∇E/k_BT‖²) and the end condition ε(x, 1) = σ(1) x. Adam with cosine-decayed step size, optionally an exponential moving \
            average of the weights; the epoch with the lowest validation loss is kept. \
            Writes the model (HDF5) to --output, by default the committed datasets/models/dig-SYSTEM-MODE.h5.
            """,
        parameters: [
            ParameterSpec("system", "equilibrium system", kind: .choice(EquilibriumSystems.ids), default: .string("muller-brown")),
            ParameterSpec("mode", "data: score matching on samples; pidp: physics-informed, energy only (planar systems)", kind: .choice(["data", "pidp"]), default: .string("data")),
            ParameterSpec("data", "data mode: exact (independent draws from the exact grid density) or metropolis (a Metropolis run's records)", kind: .choice(["exact", "metropolis"]), default: .string("exact")),
            ParameterSpec("thinning", "data metropolis: Metropolis steps per training sample", kind: .int(1...100_000), default: .int(50)),
            ParameterSpec("surface", "alanine-dipeptide: (φ, ψ) surface file, or `committed` for \(DiGSurfaceLocation.committedPath)", kind: .text, default: .string(DiGModelLocation.committed)),
            ParameterSpec("epochs", "passes over the training samples", kind: .int(1...100_000), default: .int(150)),
            ParameterSpec("seed", "seed of initial weights, batches, noise and training samples", kind: .int(0...Int.max), default: .int(1)),
            ParameterSpec("samples", "training samples (data) or low-energy points (pidp); 10 % more are drawn for validation", kind: .int(1000...10_000_000), default: .int(100_000)),
            ParameterSpec("energy-cutoff", "pidp: largest u − u_min of a low-energy point", kind: .double(0.1...1000), default: .double(8), unit: "k_BT"),
            ParameterSpec("boundary-weight", "pidp: weight λ of the initial-condition term (relative score error at t_min)", kind: .double(0...1e6), default: .double(10)),
            ParameterSpec("divergence", "pidp: divergence in the residual", kind: .choice(["hutchinson", "exact"]), default: .string("exact")),
            ParameterSpec("curriculum", "pidp: fraction of the epochs over which collocation times widen from t_min to 1 (0: all at once)", kind: .double(0...1), default: .double(0.3)),
            ParameterSpec("residual-power", "pidp: power p of the residual weight σ^p/β² (larger: less weight at small noise)", kind: .double(0...8), default: .double(4)),
            ParameterSpec("width", "units per hidden layer", kind: .int(4...1024), default: .int(64)),
            ParameterSpec("layers", "hidden layers", kind: .int(1...8), default: .int(3)),
            ParameterSpec("batch", "rows per Adam step", kind: .int(1...65_536), default: .int(512)),
            ParameterSpec("learning-rate", "Adam step size at the first epoch (cosine decay to 1/20 of it)", kind: .double(1e-6...1), default: .double(2e-3)),
            ParameterSpec("average-decay", "decay of the exponential moving average of the weights that is validated and kept (0: none)", kind: .double(0...0.99999), default: .double(0)),
            ParameterSpec("time-power", "data: diffusion times drawn as t_min + (1 − t_min) u^p, u uniform; p > 1 weights the fit towards small t (fine structure)", kind: .double(0.1...10), default: .double(1)),
            ParameterSpec("initial", "model file to continue training from (its network, schedule, time features and standardisation; --width, --layers, --schedule, --steps are then ignored), `committed` for datasets/models/dig-SYSTEM-MODE.h5, or `none`", kind: .text, default: .string("none")),
            ParameterSpec("schedule", "β schedule", kind: .choice(NoiseScheduleKind.allCases.map(\.rawValue)), default: .string("sigmoid")),
            ParameterSpec("steps", "diffusion steps N (β_end scales as 20/N so that ∫β dt ≈ 10 for every N)", kind: .int(50...10_000), default: .int(500)),
            ParameterSpec("output", "model file to write, or `committed` for datasets/models/dig-SYSTEM-MODE.h5", kind: .text, default: .string(DiGModelLocation.committed)),
        ],
        workUnit: .samples,
        make: { parameters, _ in try DiGTrainJob(parameters: parameters) })

    public var descriptor: JobDescriptor { Self.descriptor }
    public let parameters: JobParameters
    /// No catalog datasets are read.
    public var datasets: [DatasetReference] { [] }
    /// The system trained for.
    public let system: any EquilibriumSystem
    /// Where the model is written.
    public let output: URL
    /// The model training starts from (--initial), or nil for fresh weights.
    public let initial: DiffusionModel?

    /// Validates the parameters. - Throws: `JobError.failed` when the default output has no repository.
    public init(parameters: JobParameters) throws {
        self.parameters = parameters
        system = try DiGSystemChoice.system(parameters.string("system"), surface: parameters.string("surface"), job: Self.descriptor.id)
        if system.isPeriodic && parameters.string("mode") == "pidp" {
            throw JobError.failed(job: Self.descriptor.id, reason: "--mode pidp is for planar systems; \(system.id) lives on the torus and is trained with --mode data")
        }
        output = try DiGModelLocation.url(parameters.string("output"), system: system.id, mode: parameters.string("mode"),
                                          job: Self.descriptor.id)
        initial = try Self.initialModel(parameters.string("initial"), system: system, mode: parameters.string("mode"))
    }

    /// The model named by --initial (nil for `none`).
    /// - Throws: `JobError.failed` naming the file when it cannot be read or models another system.
    static func initialModel(_ text: String, system: any EquilibriumSystem, mode: String) throws -> DiffusionModel? {
        guard text != "none" else { return nil }
        let id = descriptor.id, url = try DiGModelLocation.url(text, system: system.id, mode: mode, job: id)
        let file: DiffusionModelFile
        do { file = try DiffusionModelFile(reading: url) } catch {
            throw JobError.failed(job: id, reason: "cannot load the initial model \(url.path): \(error); pass a file written by `c4s dig train`, or --initial none")
        }
        guard file.system == system.id, file.model.dimension == system.modelDimension else {
            throw JobError.failed(job: id, reason: "--initial \(url.path) is a model of \(file.system), not \(system.id)")
        }
        return file.model
    }

    /// Draws the training data, trains, writes the model file atomically.
    /// - Throws: `JobError.cancelled`, or `.failed` when the model cannot be written.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date(), clock = ContinuousClock.now, id = descriptor.id
        BLASThreads.beginSingleThreaded()
        defer { BLASThreads.endSingleThreaded() }
        let seed = UInt64(parameters.int("seed")), count = parameters.int("samples")
        let schedule = NoiseSchedule(kind: NoiseScheduleKind(rawValue: parameters.string("schedule"))!, steps: parameters.int("steps"),
                                     betaStart: NoiseSchedule.standard.betaStart,
                                     betaEnd: NoiseSchedule.standard.betaEnd * Double(NoiseSchedule.standard.steps) / Double(parameters.int("steps")))
        let pidp = parameters.string("mode") == "pidp"
        let points = pidp ? lowEnergyPoints(count: count + count / 10, seed: seed &+ 17)
                          : system.modelFeatures(try dataPoints(count: count + count / 10, seed: seed &+ 17, context: context))
        let d = system.modelDimension
        var training = Array(points[0..<(d * count)]), validation = Array(points[(d * count)...])
        let standardization = initial?.standardization ?? Standardization(fitting: training, dimension: d)
        var model = initial ?? DiffusionModel(schedule: schedule, embedding: TimeEmbedding(frequencies: 6), standardization: standardization,
                                              width: parameters.int("width"), hiddenLayers: parameters.int("layers"), seed: seed)
        let configuration = TrainingConfiguration(epochs: parameters.int("epochs"), batchSize: parameters.int("batch"),
                                                  learningRate: parameters.double("learning-rate"), finalLearningRateFactor: 0.05, seed: seed,
                                                  averageDecay: parameters.double("average-decay") > 0 ? parameters.double("average-decay") : nil)
        let onEpoch: (TrainingEpoch) throws -> Void = { epoch in
            context.emit(JobSample(elapsed: context.elapsed, duration: max(epoch.seconds, 1e-9), workUnits: Double(epoch.rows), bytes: 0,
                                   label: "epoch \(epoch.epoch)",
                                   observations: ["training_loss": epoch.trainingLoss, "validation_loss": epoch.validationLoss]))
            try context.checkCancellation()
        }
        let report: TrainingReport
        var initialScoreError: Double?
        if pidp {
            standardization.standardize(&training)
            standardization.standardize(&validation)
            let system = system
            let trainer = PhysicsInformedTraining(
                training: training, validation: validation, boundaryWeight: parameters.double("boundary-weight"),
                divergence: parameters.string("divergence") == "exact" ? .exact : .hutchinson(probes: 1),
                curriculum: parameters.double("curriculum"), residualPower: parameters.double("residual-power"), reducedEnergyGradient: { x in
                    let p = SIMD2(x[0] * standardization.scale[0] + standardization.mean[0], x[1] * standardization.scale[1] + standardization.mean[1])
                    let g = system.reducedEnergyGradient(p)
                    return [g.x * standardization.scale[0], g.y * standardization.scale[1]]
                })
            report = try trainer.train(&model, configuration: configuration, onEpoch: onEpoch)
            initialScoreError = trainer.initialScoreError(model, points: validation)
        } else {
            report = try DenoisingScoreMatching(training: training, validation: validation, standardization: standardization,
                                                timePower: parameters.double("time-power"))
                .train(&model, configuration: configuration, onEpoch: onEpoch)
        }
        let seconds = WallClock.seconds(since: clock)
        let loss = pidp ? "physics-informed loss (σ^p‖R‖²/β² Fokker–Planck residual + initial and end terms)" : "ε-loss (mean ‖ε̂ − ε‖² per sample)"
        let file = DiffusionModelFile(model: model, system: system.id, mode: parameters.string("mode"),
                                      trainingCommand: "c4s dig train \(parameters.commandLine)", trainingSeconds: seconds,
                                      validationLosses: report.epochs.map { $0.validationLoss })
        do {
            try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.write(to: output)
        } catch {
            throw JobError.failed(job: id, reason: "cannot write the model to \(output.path): \(error)")
        }
        var metrics = [
            ResultMetric("validation_loss", report.bestEpoch.validationLoss, unit: "1", summary: "lowest validation \(loss), kept epoch"),
            ResultMetric("training_loss", report.bestEpoch.trainingLoss, unit: "1", summary: "training \(loss) of the kept epoch"),
            ResultMetric("best_epoch", Double(report.bestEpoch.epoch), unit: "1", summary: "epoch whose parameters were kept"),
            ResultMetric("epochs", Double(report.epochs.count), unit: "1", summary: "epochs run"),
            ResultMetric("parameters", Double(model.network.parameterCount), unit: "1", summary: "network weights and biases"),
            ResultMetric("training_seconds", seconds, unit: "s", summary: "wall-clock time of data generation and training"),
        ]
        if let initialScoreError {
            metrics.append(ResultMetric("initial_score_error", initialScoreError, unit: "1",
                                        summary: "relative RMS error of the score at t_min against −∇E/k_BT on the validation points"))
        }
        return JobResult(
            job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples, metrics: metrics,
            arrays: [
                ResultArray(name: "training_loss", shape: [report.epochs.count], storage: .float64(report.epochs.map { $0.trainingLoss }),
                            unit: "1", summary: "training \(loss) per epoch", dimensionNames: ["epoch"]),
                ResultArray(name: "validation_loss", shape: [report.epochs.count], storage: .float64(report.epochs.map { $0.validationLoss }),
                            unit: "1", summary: "validation \(loss) per epoch", dimensionNames: ["epoch"]),
            ])
    }

    /// `count` training points (count × 2) of the exact density or of a Metropolis run (--data),
    /// validation points being the last tenth. - Throws: `JobError.cancelled`.
    func dataPoints(count: Int, seed: UInt64, context: JobContext) throws -> [Double] {
        guard parameters.string("data") == "metropolis" else {
            return system.gridDensity(bins: 500, subsamples: 2).draw(count: count, seed: seed)
        }
        let thinning = parameters.int("thinning"), burnIn = 100
        let start = system.gridDensity(bins: 500, subsamples: 1).basinMinima[0]  // basins use cell centres only
        let chain = system.metropolisChain(start: start, steps: (count + burnIn) * thinning, thinning: thinning, seed: seed,
                                           shouldStop: { context.isCancelled })
        try context.checkCancellation()
        return Array(chain.points[(2 * burnIn)...])
    }

    /// `count` points (count × 2) drawn uniformly from the domain among those with u − u_min ≤ the
    /// energy cutoff, u_min being the lowest u of 100 000 uniform points; from the energy alone.
    func lowEnergyPoints(count: Int, seed: UInt64) -> [Double] {
        var random = SplitMix64(seed: seed)
        let domain = system.domain
        func uniform() -> SIMD2<Double> {
            SIMD2(domain.x.lowerBound + domain.width * random.nextUnit(), domain.y.lowerBound + domain.height * random.nextUnit())
        }
        let uMin = (0..<100_000).reduce(Double.infinity) { low, _ in min(low, system.reducedEnergy(uniform())) }
        let cutoff = parameters.double("energy-cutoff")
        var points = [Double]()
        points.reserveCapacity(2 * count)
        while points.count < 2 * count {
            let p = uniform()
            if system.reducedEnergy(p) - uMin <= cutoff { points += [p.x, p.y] }
        }
        return points
    }
}
