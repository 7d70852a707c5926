import C4SCore
import C4SDiffusion
import C4SIO
import C4SMolecules
import Foundation

/// Computes the relaxed ff14SB (φ, ψ) energy surface of alanine dipeptide (ACE-ALA-NME) in vacuum
/// that the DiG `alanine-dipeptide` system samples, and writes it as a `TorusEnergySurface` file.
///
/// The molecule is the first 22 atoms (ACE, ALA, NME) of frame --frame of the catalog's
/// alanine-dipeptide-solvated trajectory (AMBER topology names, which ff14SB's templates use).
/// Every node of an n × n grid is relaxed by `RelaxedDihedralScan` (stiff harmonic restraints on φ
/// and ψ, L-BFGS on everything else). Samples: one per 50 minimisations (work = minimisations).
public struct DiGSurfaceJob: Job {
    /// The job kind `dig-surface`.
    public static let descriptor = JobDescriptor(
        id: "dig-surface",
        title: "Alanine dipeptide relaxed (φ, ψ) surface, ff14SB in vacuum",
        summary: """
            Builds ACE-ALA-NME from the alanine-dipeptide-solvated dataset (solvent dropped) and the workbench's \
            ff14SB MM in vacuum; at every node of a --bins × --bins periodic (φ, ψ) grid holds φ (C-N-CA-C) and ψ \
            (N-CA-C-N) by harmonic restraints ½k(Δ)² and relaxes all other degrees of freedom by L-BFGS to an RMS \
            per-atom gradient <= --tolerance, starting from the neighbouring node's minimum (a sweep, then \
            refinement passes from all four neighbours). Stores the unrestrained MM energy per node, the angles \
            reached and the convergence record (HDF5) in --output, by default the committed \
            datasets/surfaces/alanine-dipeptide-ff14sb.h5.
            """,
        parameters: [
            ParameterSpec("bins", "nodes per angle (periodic grid, spacing 360°/bins)", kind: .int(4...360), default: .int(36)),
            ParameterSpec("restraint", "force constant k of the φ and ψ restraints", kind: .double(1...1e7), default: .double(2000), unit: "kcal/(mol·rad²)"),
            ParameterSpec("tolerance", "L-BFGS convergence: RMS per-atom gradient of the restrained energy", kind: .double(1e-8...10), default: .double(1e-3), unit: "kcal/(mol·Å)"),
            ParameterSpec("max-iterations", "L-BFGS iterations per node before giving up", kind: .int(10...1_000_000), default: .int(5000)),
            ParameterSpec("refinement-passes", "passes re-relaxing every node from its four neighbours", kind: .int(0...20), default: .int(3)),
            ParameterSpec("frame", "trajectory frame the molecule is taken from (from 0)", kind: .int(0...10_000), default: .int(0)),
            ParameterSpec("output", "surface file to write, or `committed` for datasets/surfaces/alanine-dipeptide-ff14sb.h5", kind: .text, default: .string(DiGModelLocation.committed)),
        ],
        workUnit: .samples,
        make: { parameters, environment in try DiGSurfaceJob(parameters: parameters, environment: environment) })

    /// The catalog dataset the molecule is taken from.
    public static let datasetID = "alanine-dipeptide-solvated"

    public var descriptor: JobDescriptor { Self.descriptor }
    public let parameters: JobParameters
    public var datasets: [DatasetReference] { [DatasetReference(entry: entry)] }
    /// The trajectory dataset.
    public let entry: CatalogEntry
    /// Its files (topology and trajectory).
    public let files: [URL]
    /// Where the surface is written.
    public let output: URL

    /// Resolves the dataset and the output. - Throws: `JobError.failed` for a missing dataset or repository.
    public init(parameters: JobParameters, environment: JobEnvironment) throws {
        self.parameters = parameters
        let id = Self.descriptor.id
        do {
            entry = try environment.catalog.entry(Self.datasetID)
            files = try environment.locator.urls(of: entry)
        } catch {
            throw JobError.failed(job: id, reason: "the molecule comes from dataset \(Self.datasetID): \(error)")
        }
        output = try DiGSurfaceLocation.url(parameters.string("output"), job: id)
    }

    /// ACE-ALA-NME of frame `frame` and its φ and ψ atom indices.
    /// - Throws: `JobError.failed` when the first three residues are not ACE, ALA, NME with backbone atoms.
    static func dipeptide(_ frames: MolecularFrames, frame: Int, job: String) throws -> (MolecularStructure, phi: [Int], psi: [Int]) {
        guard frame < frames.frames.count else {
            throw JobError.failed(job: job, reason: "--frame \(frame): the trajectory has \(frames.frames.count) frames, numbered from 0")
        }
        let whole = MolecularStructure(frames: frames, frame: frame)
        guard whole.residues.count >= 3, whole.residues.prefix(3).map(\.name) == ["ACE", "ALA", "NME"] else {
            throw JobError.failed(job: job, reason: "\(frames.source): the first residues must be ACE, ALA, NME, found \(whole.residues.prefix(3).map(\.name))")
        }
        let count = whole.residues[2].atoms.upperBound
        let structure = MolecularStructure(atoms: Array(whole.atoms[0..<count]), positions: Array(whole.positions[0..<count]), source: frames.source)
        func atom(_ residue: Int, _ name: String) throws -> Int {
            guard let index = structure.residues[residue].atoms.first(where: { structure.atoms[$0].name == name }) else {
                throw JobError.failed(job: job, reason: "\(frames.source): residue \(structure.residues[residue].name) has no atom \(name)")
            }
            return index
        }
        let phi = [try atom(0, "C"), try atom(1, "N"), try atom(1, "CA"), try atom(1, "C")]
        let psi = [try atom(1, "N"), try atom(1, "CA"), try atom(1, "C"), try atom(2, "N")]
        return (structure, phi, psi)
    }

    /// Runs the scan and writes the surface.
    /// - Throws: `JobError.failed` for a malformed dataset or an unwritable output, `JobError.cancelled`.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date(), clock = ContinuousClock.now, id = descriptor.id
        let frames: MolecularFrames
        do { frames = try MolecularFileSet.read(files) } catch {
            throw JobError.failed(job: id, reason: "cannot read \(Self.datasetID): \(error)")
        }
        let (structure, phi, psi) = try Self.dipeptide(frames, frame: parameters.int("frame"), job: id)
        let system: MMSystem
        do { system = try MMSystem(structure: structure, forceField: try AmberForceField.ff14SB()) } catch {
            throw JobError.failed(job: id, reason: "ff14SB model of ACE-ALA-NME: \(error)")
        }
        let tolerance = parameters.double("tolerance")
        let scan = RelaxedDihedralScan(system: system, phiAtoms: phi, psiAtoms: psi, bins: parameters.int("bins"),
                                       restraintConstant: parameters.double("restraint"),
                                       minimizer: LBFGSMinimizer(tolerance: tolerance, maxIterations: parameters.int("max-iterations")),
                                       refinementPasses: parameters.int("refinement-passes"))
        var last = ContinuousClock.now, minimisations = 0
        let nodes = scan.run(from: structure.positions, progress: { done, _ in
            minimisations = done
            guard done % 50 == 0 else { return }
            context.emit(JobSample(elapsed: context.elapsed, duration: max(WallClock.seconds(since: last), 1e-9), workUnits: 50, bytes: 0, label: "minimisations"))
            last = ContinuousClock.now
        }, shouldStop: { context.isCancelled })
        guard let nodes else { throw JobError.cancelled(job: id) }
        let seconds = WallClock.seconds(since: clock)
        let surface = TorusEnergySurface(
            nodes: scan.bins, energy: nodes.map(\.energy),
            diagnostics: ["reached_phi": nodes.map(\.phi), "reached_psi": nodes.map(\.psi),
                          "rms_gradient": nodes.map(\.rmsGradient), "iterations": nodes.map { Double($0.iterations) }],
            provenance: ["system": "ACE-ALA-NME (alanine dipeptide), first 22 atoms of \(Self.datasetID) frame \(parameters.int("frame")), vacuum",
                         "force_field": "ff14SB (workbench MMSystem, no cutoff)",
                         "energy_unit": "kcal/mol", "angle_unit": "degree",
                         "method": "restrained relaxed scan: ½k(Δφ² + Δψ²), k = \(parameters.double("restraint")) kcal/(mol·rad²); L-BFGS to RMS gradient <= \(tolerance) kcal/(mol·Å); energy = MM energy without restraints",
                         "command": "c4s dig surface \(parameters.commandLine)"])
        do {
            try FileManager.default.createDirectory(at: output.deletingLastPathComponent(), withIntermediateDirectories: true)
            try surface.write(to: output)
        } catch {
            throw JobError.failed(job: id, reason: "cannot write the surface to \(output.path): \(error)")
        }
        let lowest = nodes.indices.min { nodes[$0].energy < nodes[$1].energy }!
        let worstAngle = nodes.indices.map { k in
            max(abs(remainder(nodes[k].phi - scan.nodeAngle(k / scan.bins), 360)), abs(remainder(nodes[k].psi - scan.nodeAngle(k % scan.bins), 360)))
        }.max()!
        return JobResult(
            job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples,
            metrics: [
                ResultMetric("lowest_energy", nodes[lowest].energy, unit: "kcal/mol", summary: "lowest relaxed MM energy on the grid"),
                ResultMetric("lowest_phi", scan.nodeAngle(lowest / scan.bins), unit: "degree", summary: "φ of the lowest node"),
                ResultMetric("lowest_psi", scan.nodeAngle(lowest % scan.bins), unit: "degree", summary: "ψ of the lowest node"),
                ResultMetric("energy_range", nodes.map(\.energy).max()! - nodes[lowest].energy, unit: "kcal/mol", summary: "highest minus lowest node energy"),
                ResultMetric("unconverged_nodes", Double(nodes.filter { !$0.converged }.count), unit: "1", summary: "nodes whose minimisation did not reach the tolerance"),
                ResultMetric("max_rms_gradient", nodes.map(\.rmsGradient).max()!, unit: "kcal/(mol·Å)", summary: "largest final RMS per-atom gradient"),
                ResultMetric("max_angle_deviation", worstAngle, unit: "degree", summary: "largest |reached − target| of φ or ψ"),
                ResultMetric("minimisations", Double(minimisations), unit: "1", summary: "L-BFGS runs (sweep and refinement)"),
                ResultMetric("seconds", seconds, unit: "s", summary: "wall-clock time of the scan"),
            ],
            arrays: [
                ResultArray(name: "energy", shape: [scan.bins, scan.bins], storage: .float64(surface.energy), unit: "kcal/mol",
                            summary: "relaxed MM energy per node", dimensionNames: ["phi", "psi"]),
                ResultArray(name: "angle", shape: [scan.bins], storage: .float64((0..<scan.bins).map(scan.nodeAngle)), unit: "degree",
                            summary: "node angles of φ and ψ", dimensionNames: ["node"]),
            ])
    }
}
