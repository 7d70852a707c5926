import C4SCore
import C4SMolecules
import Foundation

/// Classical ff14SB energy and forces of a protein in vacuum (no cutoff): the AI²BMD baseline.
///
/// Builds the `MMSystem` (templates, bonded terms, exclusions) once, then times `iterations`
/// energy+force evaluations. Samples: one per evaluation, work = atom pairs N(N−1)/2. Metrics: the
/// energy of every term and the total (kcal/mol), force RMS and maximum (kcal/(mol·Å)), setup time
/// and time per evaluation. Arrays: `forces` (N×3, kcal/(mol·Å)).
public struct MMJob: Job {
    /// The job kind `mm`.
    public static let descriptor = JobDescriptor(
        id: "mm",
        title: "ff14SB molecular mechanics energy and forces (vacuum)",
        summary: """
            AMBER ff14SB (parameters read from OpenMM's amber14/protein.ff14SB.xml, installed by make setup) \
            energy and analytic forces of a capped or terminal protein in vacuum, no cutoff: harmonic bonds \
            and angles, proper and improper torsions, Lennard-Jones and Coulomb with 1-4 pairs scaled by 1/2 \
            and 1/1.2. Terms and parameters are generated as OpenMM does; energies agree with OpenMM 7.7 to \
            1e-8 relative.
            """,
        parameters: [
            ParameterSpec("structure", "molecule dataset id (chignolin), its file name (chig) or a PDB path", kind: .text,
                          default: .string("chignolin")),
            ParameterSpec("frame", "model of a multi-model PDB file, from 0", kind: .int(0...1_000_000), default: .int(0)),
            ParameterSpec("iterations", "timed energy+force evaluations", kind: .int(1...1_000_000), default: .int(20)),
            ParameterSpec("threads", "threads of the non-bonded pair sum (0 = all cores)", kind: .int(0...4096), default: .int(1)),
        ],
        workUnit: WorkUnit(name: "atom pair", throughputLabel: "Mpair/s", scale: 1e6),
        make: { parameters, environment in try MMJob(parameters: parameters, environment: environment) })

    /// What each energy term of `MMEvaluation.terms` is, for the metrics.
    static let termSummaries = [
        "bond": "harmonic bonds", "angle": "harmonic angles", "proper_torsion": "proper periodic torsions",
        "improper_torsion": "improper periodic torsions", "lennard_jones": "Lennard-Jones, pairs more than 3 bonds apart",
        "coulomb": "Coulomb, pairs more than 3 bonds apart", "lennard_jones_14": "Lennard-Jones of 1-4 pairs, scaled by 1/2",
        "coulomb_14": "Coulomb of 1-4 pairs, scaled by 1/1.2",
    ]

    /// The descriptor of this job.
    public var descriptor: JobDescriptor { Self.descriptor }
    /// Validated parameters.
    public let parameters: JobParameters
    /// The molecule dataset read, if the structure came from the catalog.
    public var datasets: [DatasetReference] { source.dataset.map { [$0] } ?? [] }
    /// The structure file.
    public let source: MoleculeSource

    /// Resolves the structure. - Throws: `JobError.failed` for an unknown structure.
    public init(parameters: JobParameters, environment: JobEnvironment) throws {
        self.parameters = parameters
        source = try MoleculeSource(parameters.string("structure"), environment: environment, job: Self.descriptor.id)
    }

    /// Builds the system and times the evaluations.
    /// - Throws: `JobError.failed` when the force field is missing or a residue cannot be described,
    ///   `JobError.cancelled`.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date(), id = descriptor.id
        let structure = try source.structure(frame: parameters.int("frame"), job: id)
        let setupStart = ContinuousClock.now
        let system: MMSystem
        do {
            system = try MMSystem(structure: structure, forceField: try AmberForceField.ff14SB())
        } catch let error as ForceFieldError {
            throw JobError.failed(job: id, reason: error.description)
        }
        let setupSeconds = WallClock.seconds(since: setupStart)
        let threads = parameters.threads(), n = system.atomCount
        let pairs = Double(n * (n - 1) / 2)
        var evaluation = MMEvaluation(atomCount: n)
        var total = 0.0, best = Double.infinity
        for i in 0..<parameters.int("iterations") {
            try context.checkCancellation()
            let seconds = max(WallClock.time { evaluation = system.energyAndForces(structure.positions, threads: threads) }, 1e-12)
            total += seconds
            best = min(best, seconds)
            context.emit(JobSample(elapsed: context.elapsed, duration: seconds, workUnits: pairs, bytes: 0, label: "evaluation \(i + 1)"))
        }
        let iterations = Double(parameters.int("iterations"))
        let forceMax = evaluation.forces.map { ($0 * $0).sum().squareRoot() }.max() ?? 0
        let energies = evaluation.terms.map { term in
            ResultMetric("energy_\(term.name)", term.energy, unit: "kcal/mol", summary: Self.termSummaries[term.name] ?? term.name)
        }
        return JobResult(
            job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples,
            metrics: energies + [
                ResultMetric("energy_total", evaluation.total, unit: "kcal/mol", summary: "ff14SB potential energy in vacuum, no cutoff"),
                ResultMetric("force_rms", evaluation.forceRMS, unit: "kcal/mol/angstrom", summary: "root mean square of the atoms' force lengths"),
                ResultMetric("force_max", forceMax, unit: "kcal/mol/angstrom", summary: "largest force length on one atom"),
                ResultMetric("atoms", Double(n), unit: "1", summary: "atoms of \(source.url.lastPathComponent)"),
                ResultMetric("seconds_per_evaluation", total / iterations, unit: "s", summary: "mean time of one energy+force evaluation"),
                ResultMetric("seconds_per_evaluation_best", best, unit: "s", summary: "fastest energy+force evaluation"),
                ResultMetric("setup_seconds", setupSeconds, unit: "s", summary: "reading ff14SB and building the system (templates, terms, exclusions)"),
                ResultMetric("threads", Double(threads), unit: "1", summary: "threads of the non-bonded pair sum"),
            ],
            arrays: [
                ResultArray(name: "forces", shape: [n, 3], storage: .float64(evaluation.forces.flatMap { [$0.x, $0.y, $0.z] }),
                            unit: "kcal/mol/angstrom", summary: "force on each atom (x, y, z), atoms in file order",
                            dimensionNames: ["atom", "xyz"]),
            ])
    }
}
