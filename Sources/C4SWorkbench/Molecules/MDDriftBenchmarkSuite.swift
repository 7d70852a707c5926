import Foundation

/// `c4s bench md-drift`: energy conservation of NVE (velocity Verlet) dynamics through `MDJob` —
/// the drift of the total energy (slope of its least-squares line, kcal/mol/ps/atom) and the mean
/// temperature over `time` ps from Maxwell–Boltzmann velocities, at each time step (default 0.25,
/// 0.5, 1 fs) with each engine, beside the ff14SB engine (`mm`, always run) at the same step in the
/// same run. A run whose temperature rises above `max-temperature` is stopped there and reported as
/// overheated, with the drift over the time it ran.
public enum MDDriftBenchmarkSuite {
    /// The suite.
    public static let suite = BenchmarkSuite(
        id: "md-drift",
        summary: "NVE energy drift (kcal/mol/ps/atom) and mean temperature at 0.25, 0.5, 1 fs on ff14SB and the ML unit potential, vs ff14SB in the same run",
        parameters: [
            ParameterSpec("structure", "molecule (dataset id, file name or PDB path)", kind: .text, default: .string("chig")),
            ParameterSpec("engines", "comma-separated engines: mm, ml, xtb, xtb-whole (mm always runs)", kind: .text, default: .string("mm,ml")),
            ParameterSpec("time-steps", "comma-separated time steps in fs", kind: .text, default: .string("0.25,0.5,1")),
            ParameterSpec("time", "simulated time of each run in ps", kind: .double(0.001...1000), default: .double(10)),
            ParameterSpec("temperature", "initial temperature in K", kind: .double(1...10_000), default: .double(300)),
            ParameterSpec("max-temperature", "stop a run when its temperature rises above this (K)", kind: .double(1...1_000_000),
                          default: .double(1000)),
            ParameterSpec("record", "fs between recorded frames (the drift's points)", kind: .double(0.01...10_000), default: .double(5)),
            ParameterSpec("potential", "ML unit potential file for the ml engine, or `committed`", kind: .text,
                          default: .string(UnitPotentialLocation.committed)),
            ParameterSpec("seed", "seed of the initial velocities", kind: .int(0...Int.max), default: .int(1)),
            ParameterSpec("threads", "threads of each engine (0 = all cores)", kind: .int(0...4096), default: .int(0)),
        ],
        run: { parameters, context in try run(parameters, context) })

    /// The issue's bound on the drift (kcal/mol/ps/atom) of 10 ps at 0.5 fs.
    static let target = 0.01

    private static func run(_ parameters: JobParameters, _ context: BenchmarkContext) throws -> BenchmarkReport {
        var engines = [MDEngine.mm]
        for word in parameters.string("engines").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard let engine = MDEngine(rawValue: word) else {
                throw ParameterError.invalid(name: "engines", text: parameters.string("engines"),
                                             valid: "a comma-separated list of " + MDEngine.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if !engines.contains(engine) { engines.append(engine) }
        }
        let steps = try parameters.string("time-steps").split(separator: ",").map { word -> Double in
            guard let dt = Double(word.trimmingCharacters(in: .whitespaces)), dt > 0, dt <= 5 else {
                throw ParameterError.invalid(name: "time-steps", text: parameters.string("time-steps"),
                                             valid: "comma-separated time steps in fs above 0 and up to 5, e.g. 0.25,0.5,1")
            }
            return dt
        }
        let structure = parameters.string("structure"), time = parameters.double("time")
        var rows: [BenchmarkReport.Row] = []
        for dt in steps {
            var baseline = Double.nan
            for engine in engines {
                try context.cancellation.checkCancellation()
                let count = max(1, Int((time * 1000 / dt).rounded()))
                let every = max(1, Int((parameters.double("record") / dt).rounded()))
                let job = try MDJob.descriptor.makeJob(
                    arguments: ["structure": structure, "engine": engine.rawValue, "integrator": "verlet", "steps": String(count),
                                "dt": String(dt), "temperature": String(parameters.double("temperature")), "seed": String(parameters.int("seed")),
                                "every": String(every), "trajectory": "none", "threads": String(parameters.threads()),
                                "max-temperature": String(parameters.double("max-temperature")), "potential": parameters.string("potential")],
                    environment: context.environment)
                let result = try job.run(context.cancellation)
                let value = { (name: String) in result.metric(name)?.value ?? .nan }
                let drift = value("energy_drift")
                if engine == .mm { baseline = drift }
                rows.append(.init(labels: [("structure", structure), ("engine", engine.rawValue), ("dt", String(format: "%g fs", dt))], values: [
                    ("drift", drift, "kcal/mol/ps/atom"), ("abs_over_target", abs(drift) / target, "x"), ("vs_mm", abs(drift / baseline), "x"),
                    ("temperature_mean", value("temperature_mean"), "K"), ("temperature_last", value("temperature"), "K"),
                    ("simulated", value("simulated_time"), "ps"), ("overheated", value("overheated"), "1"),
                    ("time_per_step", value("ms_per_step"), "ms"),
                ]))
                context.progress(String(format: "%@ %@ %g fs: drift %.3g kcal/mol/ps/atom over %.3g ps, mean T %.0f K%@", structure, engine.rawValue, dt,
                                        drift, value("simulated_time"), value("temperature_mean"), value("overheated") == 1 ? " (overheated, stopped)" : ""))
            }
        }
        return BenchmarkReport(suite: "md-drift", rows: rows, notes: [
            "drift: slope of the least-squares line of the total energy of frames every \(parameters.double("record")) fs, per atom; NVE velocity Verlet from Maxwell-Boltzmann velocities at \(parameters.double("temperature")) K, seed \(parameters.int("seed"))",
            "abs_over_target: |drift| over the issue's bound 0.01 kcal/mol/ps/atom (10 ps at 0.5 fs); vs_mm: |drift| over ff14SB's at the same step in this run",
            "overheated = 1: the temperature rose above \(parameters.double("max-temperature")) K and the run stopped there; simulated is the time it ran",
        ])
    }
}
