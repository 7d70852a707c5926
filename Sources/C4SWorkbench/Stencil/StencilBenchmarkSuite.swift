import C4SCore
import C4SStencil
import Foundation

/// `c4s bench stencil`: every shape × engine on out-of-cache grids (1-D 2^26, 2-D 8192², 3-D 512³; `--quick`
/// uses 2^22, 2048², 128³), with the plain C loop (`c-loop`) as the baseline in the same run, plus Heat-2D and
/// Heat-3D at 16 steps and Heat-2D at 1 step for the issue's targets. Each case runs through `StencilJob`.
public enum StencilBenchmarkSuite {
    /// The suite.
    public static let suite = BenchmarkSuite(
        id: "stencil",
        summary: "stencil engines on every shape vs a plain C loop (-O3), as GStencil/s and fractions of bandwidth and DGEMM",
        parameters: [
            ParameterSpec("quick", "smaller grids (still larger than the L2 caches) for a fast run", kind: .bool, default: .bool(false)),
            ParameterSpec("steps", "time steps of the shape × engine cases", kind: .int(1...1000), default: .int(4)),
            ParameterSpec("shapes", "comma-separated shapes, or all", kind: .text, default: .string("all")),
            ParameterSpec("engines", "comma-separated engines (the C loop always runs)", kind: .text,
                          default: .string("vectorized,convstencil,lorastencil")),
            ParameterSpec("threads", "worker threads (0 = all cores)", kind: .int(0...4096), default: .int(0)),
        ],
        run: { parameters, context in try run(parameters, context) })

    private struct Case: Hashable {
        let shape: StencilShape
        let steps: Int
    }

    private static func run(_ parameters: JobParameters, _ context: BenchmarkContext) throws -> BenchmarkReport {
        let shapes = try list(parameters.string("shapes"), all: StencilShape.allCases.map(\.rawValue)).map { StencilShape(rawValue: $0)! }
        let engines = try list(parameters.string("engines"), all: ["vectorized", "convstencil", "lorastencil"])
            .map { StencilEngineKind(rawValue: $0)! }.filter { $0 != .cLoop && $0 != .reference }
        let steps = parameters.int("steps")
        var cases = shapes.map { Case(shape: $0, steps: steps) }
        for extra in [Case(shape: .heat2d, steps: 16), Case(shape: .heat3d, steps: 16), Case(shape: .heat2d, steps: 1)]
        where shapes.contains(extra.shape) && !cases.contains(extra) {
            cases.append(extra)
        }
        let quick = parameters.bool("quick")
        var rows: [BenchmarkReport.Row] = []
        var rates: [String: Double] = [:]
        for c in cases {
            let size = (quick ? ["4194304", "2048x2048", "128x128x128"] : ["67108864", "8192x8192", "512x512x512"])[c.shape.rank - 1]
            var baseline = 0.0
            for engine in [StencilEngineKind.cLoop] + engines {
                try context.cancellation.checkCancellation()
                let job = try StencilJob.descriptor.makeJob(
                    arguments: ["shape": c.shape.rawValue, "engine": engine.rawValue, "size": size, "steps": String(c.steps),
                                "boundary": "periodic", "threads": String(parameters.int("threads"))],
                    environment: context.environment)
                let result = try job.run(JobContext(jobID: "stencil"))
                let value = { (name: String) in result.metric(name)?.value ?? .nan }
                let rate = value("gstencil_per_s"), gflops = value("gflop_per_s"), gbps = value("gb_per_s")
                if engine == .cLoop { baseline = rate }
                rates["\(c.shape.rawValue)/\(c.steps)/\(engine.rawValue)"] = rate
                var values: [(name: String, value: Double, unit: String)] = [
                    ("rate", rate, "GStencil/s"), ("flops", gflops, "GFLOP/s"), ("bandwidth", gbps, "GB/s"),
                    ("vs_c_loop", rate / baseline, "x"),
                ]
                if let limits = context.limits {
                    values.append(("of_triad", gbps / limits.triadAllCoresGBps, "1"))
                    values.append(("of_dgemm", gflops / limits.dgemmGFLOPs, "1"))
                }
                if let rank = result.metric("rank") { values.append(("rank", rank.value, "1")) }
                if let fusion = result.metric("fusion") { values.append(("fusion", fusion.value, "1")) }
                rows.append(.init(labels: [("shape", c.shape.rawValue), ("steps", String(c.steps)), ("engine", engine.rawValue)],
                                  values: values))
                context.progress(String(format: "%@ %d steps %@: %.3f GStencil/s, %.2f GB/s, %.2f GFLOP/s",
                                        c.shape.rawValue, c.steps, engine.rawValue, rate, gbps, gflops))
            }
        }
        return BenchmarkReport(suite: "stencil", rows: BenchmarkReport.uniformColumns(rows), notes: notes(rates: rates, rows: rows, limits: context.limits, steps: steps))
    }

    private static func notes(rates: [String: Double], rows: [BenchmarkReport.Row], limits: MachineLimits?, steps: Int) -> [String] {
        func rate(_ shape: String, _ steps: Int, _ engine: String) -> Double? { rates["\(shape)/\(steps)/\(engine)"] }
        func verdict(_ ok: Bool) -> String { ok ? "met" : "missed" }
        var notes = ["baseline: c-loop, a plain C tap loop compiled -O3 -march=native on the same threads; periodic boundaries"]
        for shape in ["heat2d", "heat3d"] {
            guard let c = rate(shape, 16, "c-loop") else { continue }
            let best = ["vectorized", "convstencil", "lorastencil"].compactMap { rate(shape, 16, $0) }.max() ?? 0
            notes.append(String(format: "target best engine >= 2x c-loop on %@ 16 steps: %.2fx, %@", shape, best / c, verdict(best >= 2 * c)))
        }
        if let limits, let row = rows.first(where: { $0.labels.map(\.value) == ["heat2d", "1", "vectorized"] }),
           let gbps = row.values.first(where: { $0.name == "bandwidth" })?.value {
            let f = gbps / limits.triadAllCoresGBps
            notes.append(String(format: "target heat2d single sweep >= 90%% of triad bandwidth: %.0f%%, %@", 100 * f, verdict(f >= 0.9)))
        }
        if let conv = rate("box2d49p", steps, "convstencil"), let vec = rate("box2d49p", steps, "vectorized") {
            var text = String(format: "target convstencil faster than vectorized on box2d49p: %.2fx", conv / vec)
            if let limits, let row = rows.first(where: { $0.labels.map(\.value) == ["box2d49p", String(steps), "convstencil"] }),
               let gflops = row.values.first(where: { $0.name == "flops" })?.value {
                text += String(format: ", %.0f%% of DGEMM (target 50%%)", 100 * gflops / limits.dgemmGFLOPs)
                notes.append(text + ", " + verdict(conv > vec && gflops >= 0.5 * limits.dgemmGFLOPs))
            } else {
                notes.append(text + ", " + verdict(conv > vec))
            }
        }
        for shape in ["box2d25p", "box2d49p"] {
            guard let lora = rate(shape, steps, "lorastencil"), let vec = rate(shape, steps, "vectorized") else { continue }
            notes.append(String(format: "target lorastencil >= 1.5x vectorized on %@: %.2fx, %@", shape, lora / vec, verdict(lora >= 1.5 * vec)))
        }
        if limits == nil { notes.append("run `c4s bench --machine` first to report fractions of bandwidth and DGEMM") }
        return notes
    }

    private static func list(_ text: String, all: [String]) throws -> [String] {
        if text.lowercased() == "all" { return all }
        let words = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        for w in words where !all.contains(w) {
            throw ParameterError.malformedArguments("unknown '\(w)'; choose from \(all.joined(separator: ", ")) or all")
        }
        return words
    }
}
