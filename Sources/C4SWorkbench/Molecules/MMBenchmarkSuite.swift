import C4SCore
import Foundation

/// `c4s bench mm`: time of one ff14SB energy+force evaluation (`MMJob`) on chignolin (175 atoms),
/// Trp-cage (281) and the albumin-binding domain (746), on one thread and on `--threads`, against
/// OpenMM 7.7's Reference platform (CPU, double precision, one thread) measured in the same run by
/// `scripts/openmm-mm-reference.py`. Each case also reports the largest relative difference of an
/// energy term from OpenMM's.
public enum MMBenchmarkSuite {
    /// The suite.
    public static let suite = BenchmarkSuite(
        id: "mm",
        summary: "ff14SB energy+force evaluation time on chignolin, Trp-cage and ABD, vs OpenMM's Reference platform in the same run",
        parameters: [
            ParameterSpec("structures", "comma-separated molecules (dataset ids, file names or PDB paths)", kind: .text,
                          default: .string("chig,trpcage,abd")),
            ParameterSpec("iterations", "timed evaluations per case", kind: .int(1...100_000), default: .int(50)),
            ParameterSpec("threads", "threads of the threaded case (0 = all cores)", kind: .int(0...4096), default: .int(0)),
        ],
        run: { parameters, context in try run(parameters, context) })

    private static func run(_ parameters: JobParameters, _ context: BenchmarkContext) throws -> BenchmarkReport {
        let iterations = parameters.int("iterations"), threads = parameters.threads()
        var rows: [BenchmarkReport.Row] = []
        var notes: [String] = []
        var version: String?
        for name in parameters.string("structures").split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            var results: [JobResult] = []
            for t in Set([1, threads]).sorted() {
                try context.cancellation.checkCancellation()
                let job = try MMJob.descriptor.makeJob(arguments: ["structure": name, "iterations": String(iterations), "threads": String(t)],
                                                        environment: context.environment) as! MMJob
                results.append(try job.run(JobContext(jobID: "mm")))
            }
            let source = try MoleculeSource(name, environment: context.environment, job: "mm")
            let openMM: OpenMMReference?
            do {
                openMM = try OpenMMReference.measure(source.url, repeats: iterations, job: "mm")
            } catch {
                openMM = nil
                notes.append("\(name): no OpenMM baseline: \(error)")
            }
            version = version ?? openMM?.version
            let serial = results[0], threaded = results[results.count - 1]
            let value = { (r: JobResult, metric: String) in r.metric(metric)?.value ?? .nan }
            let seconds = value(serial, "seconds_per_evaluation"), threadedSeconds = value(threaded, "seconds_per_evaluation")
            let deviation = openMM.map { reference in
                MMJob.termSummaries.keys.map { term in
                    abs(value(serial, "energy_\(term)") - (reference.energies[term] ?? .nan)) / abs(reference.energies[term] ?? .nan)
                }.max() ?? .nan
            } ?? .nan
            let baseline = openMM?.secondsPerEvaluation ?? .nan
            rows.append(.init(labels: [("structure", name)], values: [
                ("atoms", value(serial, "atoms"), "1"),
                ("time_1_thread", seconds * 1e3, "ms"),
                ("time_\(threads)_threads", threadedSeconds * 1e3, "ms"),
                ("openmm_reference", baseline * 1e3, "ms"),
                ("speedup_1_thread", baseline / seconds, "x"),
                ("speedup_\(threads)_threads", baseline / threadedSeconds, "x"),
                ("max_term_deviation", deviation, "1"),
            ]))
            context.progress(String(format: "%@: %.3f ms (1 thread), %.3f ms (%d threads), OpenMM Reference %.3f ms, max term deviation %.1e",
                                    name, seconds * 1e3, threadedSeconds * 1e3, threads, baseline * 1e3, deviation))
        }
        notes.insert("baseline: OpenMM \(version ?? "(not available)") Reference platform (one thread, double precision), mean of \(iterations) "
                     + "getState(energy, forces) calls from Python, which includes Python's call overhead", at: 0)
        return BenchmarkReport(suite: "mm", rows: rows, notes: notes)
    }
}
