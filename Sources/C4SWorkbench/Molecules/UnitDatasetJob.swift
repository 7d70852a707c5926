import C4SCore
import C4SMolecules
import Foundation
import Synchronization

/// The training data of a unit potential: conformations of the AI²BMD unit kinds (dihedral
/// rotations of real residues, hot ff14SB MD snapshots, displaced snapshots) labelled with
/// GFN2-xTB (or ff14SB) energies and forces, written to one HDF5 training-set file after every
/// batch, resumable, with a train/validation/test split by conformation.
///
/// Samples: one at most every half second, work = conformations labelled, observations `step`,
/// `steps` (this run's conformations done and to do). Metrics: conformations, failures, time per
/// conformation and, per kind, count, energy spread and standard deviation, force RMS.
public struct UnitDatasetJob: Job {
    /// The job kind `unit-dataset`.
    public static let descriptor = JobDescriptor(
        id: "unit-dataset",
        title: "Training data for a unit potential: unit conformations labelled by GFN2-xTB",
        summary: """
            Takes real residues of chignolin, Trp-cage and ABD (ACE-X-NME and ACE-NME units; MET and CYS \
            from adenylate kinase; cystine pairs from the neopetrosiamide NMR ensemble), makes per-kind conformations by backbone/side-chain dihedral rotation, \
            Langevin MD on ff14SB at 400/600/800 K and Gaussian displacements (0.05 A RMS) of MD snapshots \
            (clashes and ff14SB energies > 100 kcal/mol above the sources rejected), labels them with GFN2-xTB (xtb processes in \
            parallel) or ff14SB, and writes energies (kcal/mol) and forces (kcal/mol/A) with an 80/10/10 \
            train/validation/test split by conformation to one HDF5 file, rewritten atomically after every batch.
            """,
        parameters: [
            ParameterSpec("output", "training-set HDF5 file to write", kind: .text, default: .string("unit-training.h5")),
            ParameterSpec("per-kind", "conformations per unit kind (10 to 100000)", kind: .int(10...100_000), default: .int(150)),
            ParameterSpec("seed", "seed of the conformations and the split", kind: .int(0...Int.max), default: .int(1)),
            ParameterSpec("kinds", "all (the 21 AI²BMD kinds), or unit kinds separated by commas: residue names (ALA, TRP), ACE-NME or CYX (cystine pairs)", kind: .text, default: .string("all")),
            ParameterSpec("engine", "labelling engine: xtb (GFN2-xTB) or mm (ff14SB)", kind: .choice(["xtb", "mm"]), default: .string("xtb")),
            ParameterSpec("resume", "continue an existing output file made with the same options", kind: .bool, default: .bool(false)),
            ParameterSpec("replace", "overwrite an existing output file", kind: .bool, default: .bool(false)),
            ParameterSpec("batch", "conformations labelled per kind between file writes", kind: .int(1...10_000), default: .int(8)),
            ParameterSpec("threads", "xtb processes at once (0 = all cores)", kind: .int(0...1024), default: .int(0)),
            ParameterSpec("timeout", "seconds one conformation may take before its xtb process is killed", kind: .double(1...86_400), default: .double(600)),
            ParameterSpec("candidates", "none, or a unit training-set file of unlabelled conformations (e.g. units cut from ML MD frames) to label "
                          + "instead of generating conformations: the first --per-kind of each kind, split 80/10/10 by position",
                          kind: .text, default: .string("none")),
        ],
        workUnit: WorkUnit(name: "conformation", throughputLabel: "conformations/s", scale: 1),
        make: { parameters, environment in try UnitDatasetJob(parameters: parameters, environment: environment) })

    /// The descriptor of this job.
    public var descriptor: JobDescriptor { Self.descriptor }
    /// Validated parameters.
    public let parameters: JobParameters
    /// The structures the units are cut from.
    public var datasets: [DatasetReference] { (capped + charmm).compactMap(\.dataset) + [disulfide.dataset] }
    /// The unit kinds requested, in turn order.
    public let kinds: [UnitKind]
    private let capped: [MoleculeSource]
    private let charmm: [MoleculeSource]
    /// The NMR ensemble the cystine pairs come from (a trajectory entry of the catalog).
    private let disulfide: (url: URL, dataset: DatasetReference)

    /// Resolves the source structures and the kinds; refuses an existing output without resume or replace.
    /// - Throws: `JobError.failed` naming the parameter.
    public init(parameters: JobParameters, environment: JobEnvironment) throws {
        let id = Self.descriptor.id
        self.parameters = parameters
        kinds = try Self.kinds(parameters.string("kinds"))
        capped = try ["chignolin", "trpcage", "abd"].map { try MoleculeSource($0, environment: environment, job: id) }
        charmm = [try MoleculeSource("adk-open", environment: environment, job: id)]
        do {
            let entry = try environment.catalog.entry("neopetrosiamide-nmr")
            guard let file = entry.files.first(where: { $0.path.hasSuffix(".pdb") }) else {
                throw JobError.failed(job: id, reason: "catalog entry neopetrosiamide-nmr lists no PDB file")
            }
            disulfide = (try environment.locator.url(of: file, in: entry), DatasetReference(entry: entry))
        } catch let error as JobError {
            throw error
        } catch {
            throw JobError.failed(job: id, reason: "the cystine-pair source neopetrosiamide-nmr: \(error)")
        }
        let output = parameters.string("output")
        if parameters.bool("resume") && parameters.bool("replace") {
            throw JobError.failed(job: id, reason: "--resume and --replace exclude each other")
        }
        if FileManager.default.fileExists(atPath: output) && !parameters.bool("resume") && !parameters.bool("replace") {
            throw JobError.failed(job: id, reason: "--output \(output) exists; add --resume to continue it or --replace to start over")
        }
    }

    /// The kinds named by `text` (`all`, or residue names, ACE-NME and CYX separated by commas).
    /// - Throws: `JobError.failed` naming the unknown word and listing the valid ones.
    static func kinds(_ text: String) throws -> [UnitKind] {
        let all = (0...21).compactMap(UnitKind.init(code:))
        // `all` is the 21 kinds of AI²BMD; cystine pairs are asked for by name.
        if text.trimmingCharacters(in: .whitespaces).lowercased() == "all" { return Array(all.dropLast()) }
        var kinds: [UnitKind] = []
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).uppercased() }) {
            guard let kind = all.first(where: { $0.label.uppercased() == word || $0.label == "ACE-\(word)-NME" || ($0 == .cystinePair && word == "CYX") }) else {
                throw JobError.failed(job: descriptor.id, reason: "--kinds: unknown unit kind '\(word)'; valid: all, ACE-NME, "
                                      + AminoAcid.allCases.map(\.rawValue).joined(separator: ", ") + ", CYX (cystine pairs)")
            }
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        guard !kinds.isEmpty else { throw JobError.failed(job: descriptor.id, reason: "--kinds: name at least one unit kind, or all") }
        return kinds
    }

    /// Plans and labels the conformations. - Throws: `JobError.cancelled` (the file keeps every
    /// complete batch), `JobError.failed` for an unusable existing file or engine failures.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date(), id = descriptor.id
        let output = parameters.string("output")
        let settings = UnitConformationSettings(perKind: parameters.int("per-kind"), seed: UInt64(parameters.int("seed")))
        let xtb = parameters.string("engine") == "xtb"
        do {
            let forceField = try AmberForceField.ff14SB()
            let engine: any UnitEngine = xtb
                ? try XTBUnitEngine(workers: parameters.threads(), timeout: parameters.double("timeout"))
                : MMUnitEngine(forceField: forceField)
            let library = try UnitSourceLibrary(capped: capped.map(\.url), charmm: charmm.map(\.url), disulfide: [disulfide.url],
                                                maximum: settings.sourcesPerKind)
            let planStart = ContinuousClock.now
            let candidates = parameters.string("candidates")
            let labelling = candidates == "none"
                ? try UnitTrainingSetLabelling(library: library, kinds: kinds, settings: settings, forceField: forceField)
                : try Self.candidateLabelling(candidates, library: library, kinds: kinds, perKind: settings.perKind)
            let planSeconds = WallClock.seconds(since: planStart)
            try context.checkCancellation()
            let last = Mutex((elapsed: context.elapsed, done: 0))
            let labelStart = ContinuousClock.now
            let outcome = try labelling.run(path: output, engine: engine, method: xtb ? "GFN2-xTB" : "ff14SB (vacuum)",
                                            programVersion: xtb ? Self.xtbVersion(engine) : "c4s \(SoftwareVersion.version)",
                                            resume: parameters.bool("resume"), batchSize: parameters.int("batch")) { done, total in
                try context.checkCancellation()
                let now = context.elapsed
                guard let previous = last.withLock({ l -> (elapsed: Double, done: Int)? in
                    guard now - l.elapsed >= 0.5 || done == total, done > l.done else { return nil }
                    defer { l = (now, done) }
                    return l
                }) else { return }
                context.emit(JobSample(elapsed: now, duration: max(now - previous.elapsed, 1e-9), workUnits: Double(done - previous.done), bytes: 0,
                                       label: "conformation \(done)/\(total)", observations: ["step": Double(done), "steps": Double(total)]))
            }
            let labelSeconds = WallClock.seconds(since: labelStart)
            return JobResult(job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples,
                             metrics: Self.metrics(outcome, planSeconds: planSeconds, labelSeconds: labelSeconds), arrays: [])
        } catch let error as JobError {
            throw error
        } catch let error as CustomStringConvertible & Error {
            // Ctrl-C also reaches the xtb processes, which then fail: report the cancellation.
            try context.checkCancellation()
            throw JobError.failed(job: id, reason: error.description)
        }
    }

    /// The labelling of the first `perKind` conformations of each set of `kinds` in the candidate
    /// file `path`, in the atom order of the library's sources of that kind (when it has them).
    static func candidateLabelling(_ path: String, library: UnitSourceLibrary, kinds: [UnitKind], perKind: Int) throws -> UnitTrainingSetLabelling {
        let file = try UnitTrainingSet.read(path: path)
        let plans = try file.sets.filter { kinds.contains($0.kind) && $0.count > 0 }.map { set in
            try UnitConformationPlan(candidates: set.subset(Array(0..<min(perKind, set.count))), atoms: library.sources[set.kind]?.atoms, location: path)
        }
        guard !plans.isEmpty else {
            throw TrainingDataError(location: path, reason: "holds no conformation of the kinds requested (it has "
                                    + file.sets.map { "\($0.kind.label) \($0.count)" }.joined(separator: ", ") + ")")
        }
        let name = URL(fileURLWithPath: path).lastPathComponent
        return UnitTrainingSetLabelling(plans: plans, generator: "md-frame candidates v1: per-kind \(perKind), file \(name)")
    }

    /// `xtb 6.5.1` from `xtb --version`, or `xtb` when the version line is not found.
    static func xtbVersion(_ engine: any UnitEngine) -> String {
        guard let xtb = engine as? XTBUnitEngine else { return "" }
        let process = Process(), pipe = Pipe()
        process.executableURL = xtb.executable
        process.arguments = ["--version"]
        process.standardOutput = pipe
        process.standardError = pipe
        guard (try? process.run()) != nil else { return "xtb" }
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard let line = text.split(separator: "\n").first(where: { $0.contains("xtb version") }),
              let range = line.range(of: "version ") else { return "xtb" }
        return "xtb " + (line[range.upperBound...].split(separator: " ").first.map(String.init) ?? "")
    }

    private static func metrics(_ outcome: UnitTrainingSetLabelling.Outcome, planSeconds: Double, labelSeconds: Double) -> [ResultMetric] {
        var metrics = [
            ResultMetric("conformations", Double(outcome.set.count), unit: "1", summary: "labelled conformations in the file, all kinds"),
            ResultMetric("labelled", Double(outcome.labelled), unit: "1", summary: "conformations labelled by this run (resumed: \(outcome.resumed))"),
            ResultMetric("failures", Double(outcome.failures.count), unit: "1",
                         summary: outcome.failures.first.map { "left out; first: \($0)" } ?? "conformations the engine failed on"),
            ResultMetric("plan_seconds", planSeconds, unit: "s", summary: "making the conformations (dihedral rotations, ff14SB MD)"),
            ResultMetric("seconds_per_conformation", outcome.labelled > 0 ? labelSeconds / Double(outcome.labelled) : 0, unit: "s",
                         summary: "wall time of labelling and writing per conformation"),
        ]
        for set in outcome.set.sets {
            let name = set.kind.label
            metrics.append(ResultMetric("\(name)/count", Double(set.count), unit: "1",
                                        summary: "train/validation/test \(UnitDatasetSplit.allCases.map { String(set.indices(in: $0).count) }.joined(separator: "/")), "
                                            + "origins " + zip(ConformationOrigin.allCases, set.originCounts).map { "\($0.name) \($1)" }.joined(separator: ", ")))
            metrics.append(ResultMetric("\(name)/energy_spread", set.energySpread, unit: "kcal/mol", summary: "largest minus smallest energy, \(set.atoms.count) atoms"))
            metrics.append(ResultMetric("\(name)/energy_std", set.energyStandardDeviation, unit: "kcal/mol", summary: "standard deviation of the energies"))
            metrics.append(ResultMetric("\(name)/force_rms", set.forceRMS, unit: "kcal/mol/A", summary: "root mean square force component"))
        }
        return metrics
    }
}
