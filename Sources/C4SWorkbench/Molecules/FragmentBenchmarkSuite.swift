import C4SCore
import C4SIO
import C4SMolecules
import Foundation

/// `c4s bench fragment`: AI²BMD fragmentation with GFN2-xTB units against whole-molecule GFN2-xTB.
///
/// `--part time` (default): for each protein (chignolin, trpcage, abd), the wall-clock time of one
/// energy + forces evaluation with xtb units (`threads` single-threaded xtb processes at once) and
/// of whole-molecule xtb (one process on `threads` OpenMP threads), the baseline, measured in the
/// same run with empty caches. `--part error`: over the frames of `datasets/molecules/chig-md20.pdb`
/// (ff14SB Langevin MD, `scripts/chignolin-conformations.py`), energies relative to their frame mean
/// and forces of xtb units + E_MM,nb and of ff14SB against whole-molecule xtb, one row per frame;
/// the notes give the MAE per atom of relative energies and the force RMSE of both. With the committed
/// ML unit potential (`--engine ml`) present, its assembled energies and forces are compared too, with
/// xtb units assembled (what it learns) and with whole-molecule xtb.
public enum FragmentBenchmarkSuite {
    /// The suite.
    public static let suite = BenchmarkSuite(
        id: "fragment",
        summary: "AI²BMD protein units with GFN2-xTB vs whole-molecule GFN2-xTB: time per evaluation (chig, trpcage, abd) or fragmentation error (chignolin MD frames, with ff14SB)",
        parameters: [
            ParameterSpec("part", "time (per evaluation) or error (over chignolin frames)", kind: .choice(["time", "error"]), default: .string("time")),
            ParameterSpec("proteins", "comma-separated molecule datasets or files for the time part", kind: .text, default: .string("chignolin,trpcage,abd")),
            ParameterSpec("frames", "chignolin frames for the error part", kind: .int(2...20), default: .int(20)),
            ParameterSpec("threads", "cores used by either method (0 = all)", kind: .int(0...1024), default: .int(0)),
            ParameterSpec("timeout", "seconds one xtb process may take", kind: .double(1...86_400), default: .double(3600)),
            ParameterSpec("whole", "error part: also run whole-molecule xtb (false: only ff14SB and ML units against xtb units)", kind: .bool, default: .bool(true)),
        ],
        run: { parameters, context in
            parameters.string("part") == "time" ? try timing(parameters, context) : try error(parameters, context)
        })

    private struct Engines {
        let units: XTBUnitEngine
        let whole: XTBUnitEngine

        init(_ parameters: JobParameters) throws {
            let threads = parameters.threads(), timeout = parameters.double("timeout")
            units = try XTBUnitEngine(workers: threads, threadsPerProcess: 1, timeout: timeout, cacheCapacity: 0)
            whole = try XTBUnitEngine(workers: 1, threadsPerProcess: threads, timeout: timeout, cacheCapacity: 0)
        }
    }

    private static func timing(_ parameters: JobParameters, _ context: BenchmarkContext) throws -> BenchmarkReport {
        let engines = try Engines(parameters)
        let forceField = try AmberForceField.ff14SB()
        var rows: [BenchmarkReport.Row] = []
        for name in parameters.string("proteins").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            try context.cancellation.checkCancellation()
            let structure = try MoleculeSource(name, environment: context.environment, job: "bench fragment").structure(frame: 0, job: "bench fragment")
            let fragmentation = try ProteinFragmentation(structure)
            let assembly = FragmentAssembly(fragmentation: fragmentation, parameters: try MMSystem(structure: structure, forceField: forceField).nonbonded)
            let assembled = try assembly.evaluate(structure.positions, engine: engines.units) { _ in try context.cancellation.checkCancellation() }
            let wholeStart = ContinuousClock.now
            let whole = try engines.whole.evaluate([fragmentation.wholeGeometry(positions: structure.positions)])[0]
            let wholeSeconds = WallClock.seconds(since: wholeStart)
            let n = Double(structure.atoms.count)
            rows.append(.init(labels: [("protein", name)], values: [
                ("atoms", n, "1"), ("units", Double(fragmentation.units.count), "1"),
                ("xtb_units", assembled.seconds, "s"), ("xtb_whole", wholeSeconds, "s"), ("speedup", wholeSeconds / assembled.seconds, "x"),
                ("energy_diff", (assembled.energy - whole.energy) / n, "kcal/mol/atom"),
                ("force_rmse", FragmentReport.forceRMSE(assembled.forces, whole.forces), "kcal/mol/Å"),
            ]))
            context.progress(String(format: "%@: xtb units %.2f s, whole-molecule xtb %.2f s per energy+forces", name, assembled.seconds, wholeSeconds))
        }
        return BenchmarkReport(suite: "fragment", rows: rows, notes: [
            "xtb_units: every unit as a 1-thread xtb process, \(parameters.threads()) at once, plus assembly and E_MM,nb; baseline xtb_whole: one xtb process on \(parameters.threads()) OpenMP threads",
            "energy_diff: (assembled − whole) / atoms, including E_MM,nb; AI²BMD reports 0.072 s (Trp-cage) and 0.125 s (ABD) per MD step with its ML potential on a GPU",
        ])
    }

    private static func error(_ parameters: JobParameters, _ context: BenchmarkContext) throws -> BenchmarkReport {
        guard let root = RepositoryLocator.current() else {
            throw JobError.failed(job: "bench fragment", reason: "the error part needs the repository's datasets/molecules/chig-md20.pdb; run from a checkout or set C4S_REPO")
        }
        let frames = try PDBFrameReader.read(from: root.appendingPathComponent("datasets/molecules/chig-md20.pdb"))
        let count = min(parameters.int("frames"), frames.frames.count)
        let engines = try Engines(parameters)
        let forceField = try AmberForceField.ff14SB()
        let first = MolecularStructure(frames: frames, frame: 0)
        let mm = try MMSystem(structure: first, forceField: forceField)
        let assembly = FragmentAssembly(fragmentation: try ProteinFragmentation(first), parameters: mm.nonbonded)
        let ml = try? UnitPotentialLocation.committedEngine(workers: parameters.threads(), job: "bench fragment")
        var energies: [(units: Double, whole: Double, mm: Double, ml: Double)] = []
        var forceRMSE: [(units: Double, mm: Double)] = []
        var mlForceMAE: [Double] = []
        for k in 0..<count {
            try context.cancellation.checkCancellation()
            let positions = MolecularStructure(frames: frames, frame: k).positions
            let assembled = try assembly.evaluate(positions, engine: engines.units) { _ in try context.cancellation.checkCancellation() }
            let whole = parameters.bool("whole") ? try engines.whole.evaluate([assembly.fragmentation.wholeGeometry(positions: positions)])[0]
                : UnitEvaluation(energy: .nan, forces: assembled.forces.map { _ in SIMD3(repeating: .nan) }, seconds: 0)
            let classical = mm.energyAndForces(positions)
            let learned = try ml.map { try assembly.evaluate(positions, engine: $0) }
            energies.append((assembled.energy, whole.energy, classical.total, learned?.energy ?? .nan))
            mlForceMAE.append(learned.map { Self.forceMAE($0.forces, assembled.forces) } ?? .nan)
            forceRMSE.append((FragmentReport.forceRMSE(assembled.forces, whole.forces), FragmentReport.forceRMSE(classical.forces, whole.forces)))
            context.progress(String(format: "frame %d: units %.3f, whole %.3f, ff14SB %.3f kcal/mol", k, assembled.energy, whole.energy, classical.total))
        }
        let mean = (units: energies.map(\.units).reduce(0, +) / Double(count), whole: energies.map(\.whole).reduce(0, +) / Double(count),
                    mm: energies.map(\.mm).reduce(0, +) / Double(count), ml: energies.map(\.ml).reduce(0, +) / Double(count))
        let n = Double(first.atoms.count)
        var rows: [BenchmarkReport.Row] = []
        var unitsError = 0.0, mmError = 0.0, mlError = 0.0, mlWholeError = 0.0
        for (k, e) in energies.enumerated() {
            let reference = e.whole - mean.whole
            unitsError += abs(e.units - mean.units - reference) / n / Double(count)
            mmError += abs(e.mm - mean.mm - reference) / n / Double(count)
            mlError += abs(e.ml - mean.ml - (e.units - mean.units)) / n / Double(count)
            mlWholeError += abs(e.ml - mean.ml - reference) / n / Double(count)
            rows.append(.init(labels: [("frame", String(k))], values: [
                ("xtb_whole", reference, "kcal/mol"), ("xtb_units", e.units - mean.units, "kcal/mol"), ("ff14sb", e.mm - mean.mm, "kcal/mol"),
                ("units_force_rmse", forceRMSE[k].units, "kcal/mol/Å"), ("ff14sb_force_rmse", forceRMSE[k].mm, "kcal/mol/Å"),
                ("ml_units", e.ml - mean.ml, "kcal/mol"), ("ml_vs_units_force_mae", mlForceMAE[k], "kcal/mol/Å"),
            ]))
        }
        let meanRMSE = { (values: [Double]) in (values.map { $0 * $0 }.reduce(0, +) / Double(values.count)).squareRoot() }
        return BenchmarkReport(suite: "fragment", rows: rows, notes: [
            "energies relative to their mean over \(count) frames; reference: whole-molecule GFN2-xTB",
            String(format: "xtb units + E_MM,nb: MAE of relative energies %.4f kcal/mol/atom, force RMSE %.3f kcal/mol/Å", unitsError, meanRMSE(forceRMSE.map(\.units))),
            String(format: "ff14SB: MAE of relative energies %.4f kcal/mol/atom, force RMSE %.3f kcal/mol/Å", mmError, meanRMSE(forceRMSE.map(\.mm))),
            "AI²BMD (vs DFT): 0.038 kcal/mol/atom for its ML units, about 0.2 for MM",
            ml == nil ? "ml: no committed ML unit potential (datasets/models/ml-unit-potential.h5), not compared"
                : String(format: "ml units + E_MM,nb vs xtb units + E_MM,nb: MAE of relative energies %.4f kcal/mol/atom, force MAE %.3f kcal/mol/Å; vs whole-molecule xtb: %.4f kcal/mol/atom",
                         mlError, mlForceMAE.reduce(0, +) / Double(count), mlWholeError),
        ])
    }

    /// Mean absolute difference of the force components (kcal/mol/Å).
    static func forceMAE(_ a: [SIMD3<Double>], _ b: [SIMD3<Double>]) -> Double {
        zip(a, b).reduce(0) { sum, pair in
            let d = pair.0 - pair.1
            return sum + abs(d.x) + abs(d.y) + abs(d.z)
        } / Double(3 * max(a.count, 1))
    }
}
