import C4SCore
import Foundation

/// The JSON form of a result, printed by `--json` and by benchmarks: job, parameters, metrics with
/// units, throughput, the fraction of the machine's measured limits when known, and provenance.
public enum ResultJSON {
    /// Pretty-printed JSON text with sorted keys.
    /// - Parameter limits: this machine's limits, to report throughput as a fraction of them.
    public static func text(_ r: JobResult, limits: MachineLimits?, provenance: Provenance = .current()) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object(r, limits: limits, provenance: provenance),
                                              options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// The JSON object (dictionaries, arrays, numbers and strings).
    public static func object(_ r: JobResult, limits: MachineLimits?, provenance: Provenance) -> [String: Any] {
        var parameters: [String: Any] = [:]
        for (name, value) in r.parameters.entries {
            switch value {
            case .int(let v): parameters[name] = v
            case .double(let v): parameters[name] = v
            case .bool(let v): parameters[name] = v
            case .string(let v): parameters[name] = v
            case .shape(let v): parameters[name] = v
            }
        }
        var metrics: [String: Any] = [:]
        for m in r.metrics { metrics[m.name] = ["value": finite(m.value), "unit": m.unit, "summary": m.summary] }
        let t = r.throughput
        var throughput: [String: Any] = ["mean": t.mean, "peak": t.peak, "current": t.current, "unit": t.label]
        if let limits {
            let bytes = r.samples.reduce(0) { $0 + $1.bytes }, time = r.samples.filter { $0.bytes > 0 }.reduce(0) { $0 + $1.duration }
            if time > 0, limits.triadAllCoresGBps > 0 {
                throughput["fraction_of_triad_bandwidth"] = bytes / time / 1e9 / limits.triadAllCoresGBps
            }
            if r.workUnit == .flops, limits.dgemmGFLOPs > 0 { throughput["fraction_of_dgemm"] = t.mean / limits.dgemmGFLOPs }
        }
        return [
            "job": r.jobID,
            "title": r.title,
            "command_line": r.parameters.invocation(jobID: r.jobID),
            "parameters": parameters,
            "datasets": r.datasets.map { ["id": $0.id, "sha256": $0.files.map(\.sha256), "recipe": $0.recipe ?? ""] as [String: Any] },
            "metrics": metrics,
            "throughput": throughput,
            "samples": r.samples.count,
            "started_at": ISO8601.string(r.startedAt),
            "finished_at": ISO8601.string(r.finishedAt),
            "provenance": provenance.jsonObject,
        ]
    }

    /// JSON has no NaN or infinity: those become null.
    private static func finite(_ v: Double) -> Any { v.isFinite ? v : NSNull() }
}
