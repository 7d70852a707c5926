import C4SCarbon
import C4SCore
import C4SIO
import C4SLearn
import Foundation

/// The ML ocean emulator: a dense network predicting the sea-air difference pCO₂,sw − pCO₂,air from SST, salinity,
/// wind, sea ice, optionally atmospheric CO₂, encodings of position (n-vector, optionally random Fourier features of
/// it) and month, and optionally the data product, trained on the Takahashi climatology and SOCAT 2010 (or loaded
/// from committed weights), scored on pCO₂,sw of held-out 10° blocks and held-out months, then driven by ERSST v5
/// anomalies on the climatological SST and NOAA CO₂ (the mean over the products asked for) to monthly pCO₂ and flux
/// maps and an annual ocean sink compared with GCB 2023.
///
/// Metrics: R², RMSE and bias (µatm) on each hold-out set, overall and per dataset, beside what the data allow without a
/// network (`OceanEmulatorReferenceScores`); training time and best epoch when trained; the sink each training field
/// gives by itself; the annual sink and mean ΔpCO₂ of every complete year, and the sink's RMSE/bias/r against GCB. Arrays: `pco2_sw` and `flux` [time, lat, lon] with `time`
/// (days since 1970-01-01), `lat`, `lon` dimension scales (CF), and the annual series along `year`.
public struct OceanEmulatorJob: Job {
    /// Committed weights (without the CO₂ input; `ocean-pco2-emulator-co2.h5` has it), relative to the repository
    /// root (both reproduced by `scripts/train-ocean-emulator.sh`).
    public static let committedWeights = "datasets/models/ocean-pco2-emulator.h5"

    /// The job kind `ocean-emulator`.
    public static let descriptor = JobDescriptor(
        id: "ocean-emulator",
        title: "Ocean pCO2 emulator (dense network) and the 2010-2020 ocean sink",
        summary: """
            Trains (train=true) or loads a dense network (features: SST, salinity, wind, ice, optionally xCO2, \
            n-vector of the cell and random Fourier features of it, sin/cos month, optionally a one-hot product code; \
            SiLU hidden layers) predicting pCO2,sw - pCO2,air (air from xCO2, pressure and Weiss-Price water vapour) \
            on the Takahashi 2009 climatology and SOCAT 2010; scores pCO2,sw on held-out 10 degree blocks and held-out \
            months (April, October); drives it with ERSST v5 anomalies on the climatological SST and NOAA global CO2 \
            over the years asked for (with a product code: the mean over the driving products), giving monthly pCO2 \
            and flux maps (Wanninkhof 2014) and the annual ocean sink (+0.65 GtC/yr riverine) against GCB 2023.
            """,
        parameters: [
            ParameterSpec("train", "train a new network instead of loading the weights file", kind: .bool, default: .bool(false)),
            ParameterSpec("weights", "weights file (HDF5) to load, or to write after training; relative to the repository",
                          kind: .text, default: .string(committedWeights)),
            ParameterSpec("epochs", "training epochs (early stopping after 5 without improvement)", kind: .int(1...500), default: .int(30)),
            ParameterSpec("rows", "training rows drawn at random (0: all)", kind: .int(0...2_000_000), default: .int(200_000)),
            ParameterSpec("width", "neurons in each hidden layer (training)", kind: .int(4...1024), default: .int(128)),
            ParameterSpec("layers", "hidden layers (training)", kind: .int(1...6), default: .int(2)),
            ParameterSpec("learning-rate", "Adam step size at the first epoch, cosine-decayed to 5% (training)", kind: .double(1e-5...1e-1), default: .double(3e-3)),
            ParameterSpec("co2-input", "atmospheric xCO2 as an input (training); without it the sea-air difference is steady, as Takahashi et al. assume",
                          kind: .bool, default: .bool(false)),
            ParameterSpec("product-input", "a one-hot code of the data product (Takahashi 2009, SOCAT 2010) as an input (training), one emulator per product as in Ke et al. 2024",
                          kind: .bool, default: .bool(false)),
            ParameterSpec("fourier", "random Fourier features of the n-vector: number of frequency vectors, 2 features each (training; 0: none)",
                          kind: .int(0...512), default: .int(0)),
            ParameterSpec("fourier-scale", "standard deviation of the Fourier frequencies per unit of the n-vector (training)",
                          kind: .double(0.01...100), default: .double(4)),
            ParameterSpec("driving-products", "products whose emulated pCO2 is averaged when driving an emulator with a product code",
                          kind: .choice(["all"] + PCO2Features.products), default: .string("all")),
            ParameterSpec("first-year", "first year to drive (ERSST covers 2010-01 to 2020-08)", kind: .int(2010...2020), default: .int(2010)),
            ParameterSpec("last-year", "last year to drive", kind: .int(2010...2020), default: .int(2020)),
            ParameterSpec("maps", "return the monthly pCO2 and flux maps as arrays", kind: .bool, default: .bool(true)),
        ],
        workUnit: .gridCells,
        make: { parameters, environment in try OceanEmulatorJob(parameters: parameters, environment: environment) })

    /// The descriptor of this job.
    public var descriptor: JobDescriptor { Self.descriptor }
    /// Validated parameters.
    public let parameters: JobParameters
    /// Takahashi, SOCAT, ERSST, NOAA monthly CO₂, Mauna Loa, GCB 2023.
    public let datasets: [DatasetReference]
    private let urls: [String: [URL]]
    private let weightsURL: URL

    /// Resolves the datasets and the weights file. - Throws: `JobError.failed` naming what is missing.
    public init(parameters: JobParameters, environment: JobEnvironment) throws {
        self.parameters = parameters
        guard parameters.int("first-year") <= parameters.int("last-year") else {
            throw JobError.failed(job: Self.descriptor.id, reason: "first-year \(parameters.int("first-year")) is after last-year \(parameters.int("last-year"))")
        }
        var references: [DatasetReference] = [], urls: [String: [URL]] = [:]
        for id in ["takahashi09", "socat2010", "ersstv5", "noaa-co2-mm-gl", "noaa-co2-mm-mlo", "gcb2023"] {
            do {
                let resolved = try environment.resolve(id)
                references.append(resolved.reference)
                urls[id] = resolved.urls.sorted { $0.lastPathComponent < $1.lastPathComponent }
            } catch {
                throw JobError.failed(job: Self.descriptor.id, reason: "\(error)")
            }
        }
        datasets = references
        self.urls = urls
        let path = parameters.string("weights")
        let root = RepositoryLocator.current() ?? URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        weightsURL = path.hasPrefix("/") ? URL(fileURLWithPath: path) : root.appendingPathComponent(path)
        if !parameters.bool("train"), !FileManager.default.fileExists(atPath: weightsURL.path) {
            throw JobError.failed(job: Self.descriptor.id, reason: "no weights at \(weightsURL.path); run with --train true (scripts/train-ocean-emulator.sh) or give --weights FILE")
        }
    }

    /// Trains or loads, scores, drives. - Throws: `JobError.cancelled`, or `.failed` naming an unreadable file.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date()
        var loaded: OceanPCO2Emulator?
        if !parameters.bool("train") {
            do {
                let file = try HDF5File.open(at: weightsURL)
                defer { try? file.close() }
                loaded = try OceanPCO2Emulator(reading: file.root.openGroup("ocean_pco2_emulator"), file: weightsURL.lastPathComponent)
            } catch {
                throw JobError.failed(job: descriptor.id, reason: "\(error)")
            }
        }
        let inputs: OceanEmulatorInputs
        do {
            inputs = try OceanEmulatorInputs(urls: urls, featureSet: loaded?.featureSet ?? trainingFeatures)
        } catch {
            throw JobError.failed(job: descriptor.id, reason: "\(error)")
        }
        try context.checkCancellation()
        let split = PCO2HoldOut(samples: inputs.trainingSet.samples)
        var metrics: [ResultMetric] = []
        let emulator = try loaded ?? train(inputs.trainingSet, split: split, context: context, metrics: &metrics)
        metrics += OceanEmulatorScores(emulator: emulator, data: inputs.trainingSet, split: split).metrics
        metrics += OceanEmulatorReferenceScores(data: inputs.trainingSet, split: split).metrics
        metrics += TrainingFieldSinks(data: inputs.trainingSet, takahashi: inputs.takahashi, budget: inputs.budget).metrics
        try context.checkCancellation()
        let years = parameters.int("first-year")...parameters.int("last-year")
        let record: MonthlyFieldSeries
        do { record = try inputs.seaSurfaceTemperatureRecord() } catch {
            throw JobError.failed(job: descriptor.id, reason: "\(error)")
        }
        metrics += SeaSurfaceTemperatureBias(record: record, takahashi: inputs.takahashi, baseYears: OceanEmulatorInputs.anomalyBaseYears).metrics
        let anomalies = OceanEmulatorInputs.anomalies(record, years: years)
        var begin = context.elapsed
        let products = parameters.string("driving-products") == "all" ? nil : [parameters.string("driving-products")]
        let driven = try EmulatedOceanSink(emulator: emulator, sstAnomaly: anomalies, takahashi: inputs.takahashi,
                                           airMoleFractions: inputs.globalCO2, products: products) { month, cells in
            try context.checkCancellation()
            context.emit(JobSample(elapsed: context.elapsed, duration: context.elapsed - begin, workUnits: Double(cells), bytes: 0,
                                   label: String(format: "%04d-%02d", month.year, month.month)))
            begin = context.elapsed
        }
        let series = OceanSinkComparison(driven: driven, budget: inputs.budget)
        metrics += series.metrics
        return JobResult(job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples, metrics: metrics,
                         arrays: series.arrays + (parameters.bool("maps") ? OceanEmulatorMaps.arrays(driven) : []))
    }

    /// The feature set of a network to train, from the parameters (Fourier frequencies fixed by seed 11).
    private var trainingFeatures: PCO2Features {
        let count = parameters.int("fourier")
        return PCO2Features(includesCO2: parameters.bool("co2-input"), includesProduct: parameters.bool("product-input"),
                            fourier: count > 0 ? PositionFourierEncoding(count: count, scale: parameters.double("fourier-scale"), seed: 11) : nil)
    }

    /// Trains on a random subset of the training rows (fixed seeds), writes the weights atomically, and adds the best epoch.
    private func train(_ data: PCO2TrainingSet, split: PCO2HoldOut, context: JobContext, metrics: inout [ResultMetric]) throws -> OceanPCO2Emulator {
        var random = SplitMix64(seed: 2024)
        var training = split.training
        if parameters.int("rows") > 0, training.count > parameters.int("rows") {
            training.shuffle(using: &random)
            training = Array(training.prefix(parameters.int("rows"))).sorted()
        }
        let configuration = TrainingConfiguration(epochs: parameters.int("epochs"), batchSize: 256, learningRate: parameters.double("learning-rate"),
                                                  finalLearningRateFactor: 0.05, patience: 5, seed: 7)
        let width = parameters.int("width")
        let hidden = [Int](repeating: width, count: parameters.int("layers"))
        let (trained, report) = try OceanPCO2Emulator.train(data, training: training, validation: split.validation,
                                                             hidden: hidden, configuration: configuration) { epoch in
            try context.checkCancellation()
            context.emit(JobSample(elapsed: context.elapsed, duration: epoch.seconds, workUnits: Double(epoch.rows), bytes: 0,
                                   label: "epoch \(epoch.epoch)",
                                   observations: ["training_loss": epoch.trainingLoss, "validation_loss": epoch.validationLoss]))
        }
        do {
            try HDF5File.writeAtomically(to: weightsURL, mode: .replace) { file in
                let group = try file.root.createGroup("ocean_pco2_emulator")
                try trained.write(into: group)
                try group.setAttribute("training_rows", .int(Int64(training.count)))
                try group.setAttribute("best_epoch", .int(Int64(report.bestEpoch.epoch)))
                try group.setAttribute("recipe", .string(parameters.invocation(jobID: descriptor.id)))
            }
        } catch {
            throw JobError.failed(job: descriptor.id, reason: "writing weights to \(weightsURL.path): \(error)")
        }
        metrics.append(ResultMetric("best_epoch", Double(report.bestEpoch.epoch), unit: "1", summary: "epoch with the lowest validation loss"))
        metrics.append(ResultMetric("training_seconds", report.epochs.reduce(0) { $0 + $1.seconds }, unit: "s", summary: "wall time of the training epochs"))
        return trained
    }
}
