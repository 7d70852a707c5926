import C4SCore
import C4SMolecules
import Foundation
import Synchronization

/// Protein energy and forces the AI²BMD way: the structure is cut into ACE-X-NME and ACE-NME
/// units, each unit is evaluated by a unit engine (GFN2-xTB through the xtb program, ff14SB, or the
/// machine-learned unit potential),
/// and E = Σ E(dipeptide) − Σ E(ACE-NME) + E_MM,nb (ff14SB Lennard-Jones and Coulomb over the
/// pairs no unit holds). Optionally also the whole molecule with the same engine, for comparison.
public struct FragmentJob: Job {
    /// The job kind `fragment`.
    public static let descriptor = JobDescriptor(
        id: "fragment",
        title: "Protein energy from AI²BMD protein units",
        summary: """
            Cuts a capped protein (ACE … NME, all hydrogens) into ACE-X-NME dipeptides and ACE-NME \
            units, evaluates every unit with GFN2-xTB (xtb processes in parallel), ff14SB or the ML unit potential, and \
            assembles E = Σ E(dipeptide) − Σ E(ACE-NME) + E_MM,nb with forces (cap-hydrogen forces \
            carried to their atoms). whole=true also evaluates the whole molecule for comparison.
            """,
        parameters: [
            ParameterSpec("structure", "a molecule dataset id (or its file name, e.g. chig) or a PDB file", kind: .text, default: .string("chignolin")),
            ParameterSpec("engine", "unit engine: xtb (GFN2-xTB), mm (ff14SB) or ml (the committed ML unit potential)", kind: .choice(["xtb", "mm", "ml"]), default: .string("xtb")),
            ParameterSpec("threads", "units evaluated at once (0 = all cores)", kind: .int(0...1024), default: .int(0)),
            ParameterSpec("timeout", "seconds one unit may take before its xtb process is killed", kind: .double(1...86_400), default: .double(600)),
            ParameterSpec("whole", "also evaluate the whole molecule with the same method (xtb: one process on all threads)", kind: .bool, default: .bool(false)),
        ],
        workUnit: WorkUnit(name: "protein unit", throughputLabel: "units/s", scale: 1),
        make: { parameters, environment in try FragmentJob(parameters: parameters, environment: environment) })

    /// The descriptor of this job.
    public var descriptor: JobDescriptor { Self.descriptor }
    /// Validated parameters.
    public let parameters: JobParameters
    /// The molecule dataset read, if the structure came from the catalog.
    public let datasets: [DatasetReference]
    private let structure: MolecularStructure

    /// Loads and checks the structure. - Throws: `JobError.failed` for an unknown structure,
    /// `FragmentationError` naming the residue the scheme cannot cut.
    public init(parameters: JobParameters, environment: JobEnvironment) throws {
        let source = try MoleculeSource(parameters.string("structure"), environment: environment, job: "fragment")
        structure = try source.structure(frame: 0, job: "fragment")
        _ = try ProteinFragmentation(structure)
        self.parameters = parameters
        datasets = source.dataset.map { [$0] } ?? []
    }

    /// Evaluates the units and assembles. - Throws: `JobError.cancelled`, `XTBError`, `ForceFieldError`.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date()
        let fragmentation = try ProteinFragmentation(structure)
        let forceField = try AmberForceField.ff14SB()
        let mm = try MMSystem(structure: structure, forceField: forceField)
        let assembly = FragmentAssembly(fragmentation: fragmentation, parameters: mm.nonbonded)
        let xtb = parameters.string("engine") == "xtb"
        let engine: any UnitEngine = switch parameters.string("engine") {
        case "xtb": try XTBUnitEngine(workers: parameters.threads(), timeout: parameters.double("timeout"))
        case "ml": try UnitPotentialLocation.committedEngine(workers: parameters.threads(), job: "fragment")
        default: MMUnitEngine(forceField: forceField)
        }
        let unitCount = fragmentation.units.count
        let lastSample = Mutex(0.0)
        let assembled: AssembledEvaluation
        do {
            assembled = try assembly.evaluate(structure.positions, engine: engine) { done in
                try context.checkCancellation()
                let now = context.elapsed
                let duration = lastSample.withLock { last in defer { last = now }; return now - last }
                context.emit(JobSample(elapsed: now, duration: duration, workUnits: 1, bytes: 0, label: "unit \(done)/\(unitCount)"))
            }
        } catch {
            // Ctrl-C also reaches the xtb processes, which then fail: report the cancellation.
            try context.checkCancellation()
            throw error
        }
        var metrics = FragmentReport.metrics(assembled, fragmentation: fragmentation)
        var arrays = FragmentReport.arrays(assembled, fragmentation: fragmentation)
        if parameters.bool("whole") {
            try context.checkCancellation()
            let wholeEngine: any UnitEngine = xtb
                ? try XTBUnitEngine(workers: 1, threadsPerProcess: parameters.threads(), timeout: parameters.double("timeout"))
                : engine
            let whole = try wholeEngine.evaluate([fragmentation.wholeGeometry(positions: structure.positions)])[0]
            metrics += FragmentReport.comparison(assembled, whole: whole)
            arrays.append(ResultArray(name: "whole/forces", shape: [whole.forces.count, 3], storage: .float64(whole.forces.flatMap { [$0.x, $0.y, $0.z] }),
                                      unit: "kcal/mol/Å", summary: "force on each atom, whole molecule with the same engine", dimensionNames: ["atom", "xyz"]))
        }
        return JobResult(job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples, metrics: metrics, arrays: arrays)
    }
}
