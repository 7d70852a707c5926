import Foundation

/// `c4s bench md`: milliseconds per MD step (one energy+force evaluation plus a Langevin BAOAB
/// step, no trajectory) of chignolin (175 atoms), Trp-cage (281) and the albumin-binding domain
/// (746) with each engine of the `md` job, through `MDJob`, with the ff14SB engine (`mm`) as the
/// baseline measured in the same run. Reports the targets for the machine-learned engine
/// (≤ 15, 30, 80 ms), its speed-up over the xtb engines of the same run, and the AI²BMD paper's
/// figures (0.072 s Trp-cage, 0.125 s ABD on one A6000 GPU and 32 CPU cores) beside each row.
/// xtb engines take seconds per step: few steps.
public enum MDBenchmarkSuite {
    /// The suite.
    public static let suite = BenchmarkSuite(
        id: "md",
        summary: "ms per MD step of chignolin, Trp-cage and ABD on ff14SB, the ML unit potential, assembled GFN2-xTB and whole-protein GFN2-xTB, vs ff14SB in the same run",
        parameters: [
            ParameterSpec("structures", "comma-separated molecules (dataset ids, file names or PDB paths)", kind: .text,
                          default: .string("chig,trpcage,abd")),
            ParameterSpec("engines", "comma-separated engines: mm, ml, xtb, xtb-whole (mm always runs)", kind: .text,
                          default: .string("mm,ml,xtb,xtb-whole")),
            ParameterSpec("mm-steps", "timed steps with the mm engine", kind: .int(1...1_000_000), default: .int(200)),
            ParameterSpec("ml-steps", "timed steps with the ml engine", kind: .int(1...1_000_000), default: .int(20)),
            ParameterSpec("xtb-steps", "timed steps with the xtb engines", kind: .int(1...1_000), default: .int(1)),
            ParameterSpec("threads", "threads of each engine (0 = all cores)", kind: .int(0...4096), default: .int(0)),
        ],
        run: { parameters, context in try run(parameters, context) })

    /// The per-step targets for the machine-learned engine, in ms, by atom count.
    static let targets = [175: 15.0, 281: 30.0, 746: 80.0]
    /// AI²BMD's published seconds per step (Wang et al., Nature 2024), in ms, by atom count.
    static let paper = [281: 72.0, 746: 125.0]

    private static func run(_ parameters: JobParameters, _ context: BenchmarkContext) throws -> BenchmarkReport {
        var engines = [MDEngine.mm]
        for word in parameters.string("engines").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let engine = MDEngine(rawValue: word) else {
                throw ParameterError.invalid(name: "engines", text: parameters.string("engines"),
                                             valid: "a comma-separated list of " + MDEngine.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if !engines.contains(engine) { engines.append(engine) }
        }
        let threads = parameters.threads()
        var rows: [BenchmarkReport.Row] = []
        for name in parameters.string("structures").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            var baseline = Double.nan
            var measured: [MDEngine: Double] = [:]
            for engine in engines {
                try context.cancellation.checkCancellation()
                let steps = engine == .mm ? parameters.int("mm-steps") : engine == .ml ? parameters.int("ml-steps") : parameters.int("xtb-steps")
                let job = try MDJob.descriptor.makeJob(
                    arguments: ["structure": name, "engine": engine.rawValue, "steps": String(steps), "trajectory": "none",
                                "threads": String(threads)],
                    environment: context.environment)
                let result = try job.run(context.cancellation)
                let ms = result.metric("ms_per_step")?.value ?? .nan, atoms = result.metric("atoms")?.value ?? .nan
                if engine == .mm { baseline = ms }
                measured[engine] = ms
                rows.append(.init(labels: [("structure", name), ("engine", engine.rawValue)], values: [
                    ("atoms", atoms, "1"), ("steps", Double(steps), "1"), ("time_per_step", ms, "ms"),
                    ("vs_mm", ms / baseline, "x"), ("setup", result.metric("setup_seconds")?.value ?? .nan, "s"),
                    ("ml_target", targets[Int(atoms)] ?? .nan, "ms"), ("ai2bmd_gpu", paper[Int(atoms)] ?? .nan, "ms"),
                ]))
                context.progress(String(format: "%@ %@: %.4g ms per step (%.3gx mm) over %d steps", name, engine.rawValue, ms, ms / baseline, steps))
            }
            // Speed-up of the ml engine over the xtb engines of the same run, in the ml row (NaN elsewhere).
            for row in rows.indices where rows[row].labels[0].value == name {
                let isML = rows[row].labels[1].value == MDEngine.ml.rawValue, ml = measured[.ml] ?? .nan
                rows[row] = .init(labels: rows[row].labels, values: rows[row].values + [
                    ("xtb_over_ml", isML ? (measured[.xtb] ?? .nan) / ml : .nan, "x"),
                    ("xtb_whole_over_ml", isML ? (measured[.xtbWhole] ?? .nan) / ml : .nan, "x"),
                ])
            }
        }
        return BenchmarkReport(suite: "md", rows: rows, notes: [
            "time_per_step: one energy+force evaluation and one Langevin BAOAB step (0.5 fs, 300 K), no trajectory, \(threads) threads per engine",
            "ml_target: the issue's target for the machine-learned unit engine (ml): chig <= 15 ms, trpcage <= 30 ms, abd <= 80 ms",
            "xtb_over_ml, xtb_whole_over_ml (ml rows): ms per step of the xtb unit engine and of whole-protein xtb over the ml engine's, same run",
            "ai2bmd_gpu: AI2BMD (Wang et al., Nature 2024), ViSNet on one A6000 GPU + 32 CPU cores: trpcage 72 ms, abd 125 ms per step",
            "xtb: GFN2-xTB per unit (one process each, \(threads) at once) assembled; xtb-whole: one GFN2-xTB process on the whole protein, \(threads) OpenMP threads",
        ])
    }
}
