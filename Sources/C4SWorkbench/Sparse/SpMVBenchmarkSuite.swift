import C4SCore
import C4SSparse
import Foundation

/// `c4s bench spmv`: every real matrix of the catalog (single Matrix Market files under `matrices/`, edge cases
/// and malformed files left out) plus the generated matrices poisson2d-1024, poisson3d-128, rmat-20 and the
/// Box-3D27P stencil operator stencil:box3d27p:128 (each at least 5 million nonzeros; `--quick` uses poisson2d:256,
/// poisson3d:48, rmat:14, stencil:box3d27p:32), in every format, with CSR
/// as the baseline in the same run. Each case runs through `SpMVJob`; each matrix is loaded once.
///
/// Columns: GFLOP/s (best batch of the best round), effective GB/s by the format's own bytes, the fraction of
/// the triad bandwidth (= the fraction of the format's own bandwidth bound, 2·nnz flops per own byte count at triad
/// bandwidth), the fraction of the CSR bandwidth bound (2·nnz flops per CSR byte count at triad bandwidth: one bound
/// for all formats, above 1 for a format that moves fewer bytes than CSR or when the matrix stays in cache), the
/// speed-up over CSR, the conversion time and the payback in products (conversion time / time saved per product
/// against CSR's best). Notes: the issue's targets, met or missed; the bandwidth target is judged by the format's
/// own bound (the stricter one when it moves fewer bytes than CSR).
public enum SpMVBenchmarkSuite {
    /// The suite.
    public static let suite = BenchmarkSuite(
        id: "spmv",
        summary: "SpMV in CSR, SELL-C-σ and VNEC on the catalog's real and large generated matrices, vs CSR, as GFLOP/s and fractions of bandwidth",
        parameters: [
            ParameterSpec("quick", "small generated matrices for a fast run", kind: .bool, default: .bool(false)),
            ParameterSpec("iterations", "timed products per case", kind: .int(1...100_000), default: .int(50)),
            ParameterSpec("rounds", "rounds over all formats per matrix; each format keeps its best", kind: .int(1...100), default: .int(3)),
            ParameterSpec("matrices", "comma-separated matrices (ids or generator:size), or all", kind: .text, default: .string("all")),
            ParameterSpec("formats", "comma-separated formats besides csr (always run)", kind: .text, default: .string("sell,vnec")),
            ParameterSpec("threads", "worker threads (0 = all cores)", kind: .int(0...4096), default: .int(0)),
        ],
        run: { parameters, context in try run(parameters, context) })

    /// The generated matrices of the full run and of `--quick`.
    static func generated(quick: Bool) -> [String] {
        quick ? ["poisson2d:256", "poisson3d:48", "rmat:14", "stencil:box3d27p:32"]
            : ["poisson2d-1024", "poisson3d-128", "rmat-20", "stencil:box3d27p:128"]
    }

    private static func run(_ parameters: JobParameters, _ context: BenchmarkContext) throws -> BenchmarkReport {
        let quick = parameters.bool("quick")
        let real = context.environment.catalog.entries(of: .matrix)
            .filter { !$0.isGenerated && $0.files.count == 1 && $0.files[0].path.split(separator: "/").count == 2 }.map(\.id)
        let large = generated(quick: quick)
        let chosen = parameters.string("matrices")
        let matrices = chosen == "all" ? real + large : chosen.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var formats = [SparseFormat.csr]
        for word in parameters.string("formats").split(separator: ",") {
            guard let f = SparseFormat(rawValue: word.trimmingCharacters(in: .whitespaces)) else {
                throw ParameterError.invalid(name: "formats", text: parameters.string("formats"), valid: "a comma-separated list of sell, vnec")
            }
            if !formats.contains(f) { formats.append(f) }
        }
        var rows: [BenchmarkReport.Row] = []
        var speedups: [String: [SparseFormat: Double]] = [:], bounds: [String: [SparseFormat: (own: Double, csr: Double)]] = [:]
        let rounds = parameters.int("rounds")
        for name in matrices {
            try context.cancellation.checkCancellation()
            var loaded: CSRMatrix?
            var best: [SparseFormat: JobResult] = [:]
            // Formats alternate within each round, and each keeps its best round, so that load from other
            // processes on the shared cores hits every format alike.
            for _ in 0..<rounds {
                for format in formats {
                    try context.cancellation.checkCancellation()
                    let job = try SpMVJob.descriptor.makeJob(
                        arguments: ["matrix": name, "format": format.rawValue, "iterations": String(parameters.int("iterations")),
                                    "threads": String(parameters.int("threads"))],
                        environment: context.environment) as! SpMVJob
                    let matrix = try loaded ?? job.source.load(threads: job.threads, job: job.descriptor.id)
                    loaded = matrix
                    let result = try job.run(JobContext(jobID: "spmv"), matrix: matrix)
                    let rate = { (r: JobResult?) in r?.metric("best_gflop_per_s")?.value ?? 0 }
                    if rate(result) > rate(best[format]) { best[format] = result }
                }
            }
            let csrRate = best[.csr]?.metric("best_gflop_per_s")?.value ?? .nan
            let csrSeconds = best[.csr]?.metric("best_seconds_per_product")?.value ?? .nan
            for format in formats {
                let result = best[format]!
                let value = { (metric: String) in result.metric(metric)?.value ?? .nan }
                let rate = value("best_gflop_per_s"), nnz = value("nonzeros")
                let gbps = rate * 1e9 / (2 * nnz) * value("bytes_per_product") / 1e9
                let saving = csrSeconds - value("best_seconds_per_product")
                let payback = format == .csr ? 0 : (saving > 0 ? (value("conversion_seconds") / saving).rounded(.up) : .infinity)
                var values: [(name: String, value: Double, unit: String)] = [
                    ("nnz", nnz, "1"), ("rate", rate, "GFLOP/s"), ("bandwidth", gbps, "GB/s"), ("vs_csr", rate / csrRate, "x"),
                    ("conversion", value("conversion_seconds") * 1e3, "ms"), ("payback", payback, "products"),
                ]
                if let limits = context.limits, limits.triadAllCoresGBps > 0 {
                    let bound = 2 * nnz * limits.triadAllCoresGBps / value("csr_bytes_per_product")
                    values.append(("of_triad", gbps / limits.triadAllCoresGBps, "1"))
                    values.append(("of_bound", rate / bound, "1"))
                    bounds[name, default: [:]][format] = (gbps / limits.triadAllCoresGBps, rate / bound)
                }
                speedups[name, default: [:]][format] = rate / csrRate
                rows.append(.init(labels: [("matrix", name), ("format", format.rawValue)], values: values))
                context.progress(String(format: "%@ %@: %.3f GFLOP/s, %.2f GB/s, %.2fx CSR, conversion %.1f ms",
                                        name, format.rawValue, rate, gbps, rate / csrRate, value("conversion_seconds") * 1e3))
            }
        }
        return BenchmarkReport(suite: "spmv", rows: rows,
                               notes: notes(large: large.filter(matrices.contains), speedups: speedups, bounds: bounds,
                                            poisson3d: large[1], hasLimits: context.limits != nil))
    }

    private static func notes(large: [String], speedups: [String: [SparseFormat: Double]],
                              bounds: [String: [SparseFormat: (own: Double, csr: Double)]],
                              poisson3d: String, hasLimits: Bool) -> [String] {
        var notes: [String] = []
        for format in [SparseFormat.vnec, .sell] {
            let ratios = large.compactMap { speedups[$0]?[format] }
            guard !ratios.isEmpty else { continue }
            let mean = exp(ratios.map(log).reduce(0, +) / Double(ratios.count))
            let target = format == .vnec ? " (target >= 1.3x: \(mean >= 1.3 ? "met" : "missed"))" : ""
            notes.append(String(format: "%@ over CSR, geometric mean over %@: %.3fx", format.rawValue, large.joined(separator: ", "), mean) + target)
        }
        if let p = bounds[poisson3d] {
            for (format, fraction) in p.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                let target = format == .vnec ? " (target >= 0.75: \(fraction.own >= 0.75 ? "met" : "missed"))" : ""
                notes.append(String(format: "%@ on %@: %.3f of its own bandwidth bound, %.3f of the CSR bound", format.rawValue,
                                    poisson3d, fraction.own, fraction.csr) + target)
            }
        } else if !hasLimits {
            notes.append("bandwidth fractions need the machine limits: run `c4s bench --machine` first")
        }
        return notes
    }
}
