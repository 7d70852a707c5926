import C4SCore
import Foundation

/// Measures this machine's limits: STREAM triad bandwidth on one and on all cores, and OpenBLAS
/// DGEMM GFLOP/s on all cores. The best of the repetitions is reported, as STREAM does.
///
/// Samples: one per triad pass (work = bytes, label "triad N threads") and one per DGEMM
/// (work 0, observation `gflops`, label "dgemm"). Verification: the triad result is checked
/// element by element, the DGEMM product against a plain loop on sampled rows (rel. error < 1e-12).
public struct MachineBenchmarkJob: Job {
    /// The job kind `machine`.
    public static let descriptor = JobDescriptor(
        id: "machine",
        title: "Machine limits (STREAM triad, DGEMM)",
        summary: """
            Measures memory bandwidth with the STREAM triad a = b + s·c (24 bytes per element, best of \
            the repetitions) on one thread and on all cores, and the OpenBLAS DGEMM rate (2n³ flops) \
            on all cores. Other benchmarks report their throughput as a fraction of these limits.
            """,
        parameters: [
            ParameterSpec("array-mib", "size of each of the three triad arrays (should exceed 4x the last-level cache)",
                          kind: .int(1...65536), default: .int(256), unit: "MiB"),
            ParameterSpec("repetitions", "triad passes per thread count", kind: .int(1...1000), default: .int(10)),
            ParameterSpec("dgemm-size", "side n of the n x n DGEMM", kind: .int(16...16384), default: .int(2048)),
            ParameterSpec("dgemm-repetitions", "DGEMM products", kind: .int(1...100), default: .int(3)),
            ParameterSpec("threads", "threads for the all-core measurements (0 = all cores)",
                          kind: .int(0...4096), default: .int(0)),
        ],
        workUnit: .bytes,
        make: { parameters, _ in MachineBenchmarkJob(parameters: parameters) })

    /// The descriptor of this job.
    public var descriptor: JobDescriptor { Self.descriptor }
    /// Validated parameters.
    public let parameters: JobParameters
    /// No catalog datasets are read.
    public var datasets: [DatasetReference] { [] }

    /// Creates the job from validated parameters.
    public init(parameters: JobParameters) {
        self.parameters = parameters
    }

    /// Runs the measurements. - Throws: `JobError.cancelled`, or `.failed` when a check fails.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date()
        let cores = parameters.threads()
        let count = parameters.int("array-mib") << 20 / 8
        let triad = StreamTriad(count: count, threads: cores)
        var best: [Int: Double] = [:]
        for threads in Set([1, cores]).sorted() {
            for _ in 0..<parameters.int("repetitions") {
                try context.checkCancellation()
                let seconds = triad.pass(scalar: 3, threads: threads)
                best[threads] = max(best[threads] ?? 0, triad.bytesPerPass / seconds / 1e9)
                context.emit(JobSample(elapsed: context.elapsed, duration: seconds, workUnits: triad.bytesPerPass,
                                       bytes: triad.bytesPerPass, label: "triad \(threads) threads"))
            }
        }
        guard triad.verify(scalar: 3) else {
            throw JobError.failed(job: descriptor.id, reason: "triad result is wrong: a[i] != b[i] + 3·c[i]")
        }
        let dgemm = DGEMMProbe(n: parameters.int("dgemm-size"))
        var bestGFLOPs = 0.0
        for _ in 0..<parameters.int("dgemm-repetitions") {
            try context.checkCancellation()
            let seconds = dgemm.multiply(threads: cores)
            let rate = dgemm.flopsPerProduct / seconds / 1e9
            bestGFLOPs = max(bestGFLOPs, rate)
            context.emit(JobSample(elapsed: context.elapsed, duration: seconds, workUnits: 0, bytes: 0,
                                   label: "dgemm", observations: ["gflops": rate]))
        }
        let error = dgemm.maxRelativeError()
        guard error < 1e-12 else {
            throw JobError.failed(job: descriptor.id, reason: "DGEMM differs from a plain loop by \(error) (relative)")
        }
        return JobResult(
            job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples,
            metrics: [
                ResultMetric("triad_one_core", best[1] ?? 0, unit: "GB/s", summary: "STREAM triad bandwidth, 1 thread, best pass"),
                ResultMetric("triad_all_cores", best[cores] ?? 0, unit: "GB/s", summary: "STREAM triad bandwidth, \(cores) threads, best pass"),
                ResultMetric("dgemm", bestGFLOPs, unit: "GFLOP/s", summary: "OpenBLAS DGEMM n=\(dgemm.n), \(cores) threads, best product"),
                ResultMetric("dgemm_max_relative_error", error, unit: "1", summary: "DGEMM vs plain loop on sampled rows"),
                ResultMetric("cores", Double(cores), unit: "1", summary: "threads used for all-core measurements"),
            ])
    }

    /// The limits a finished run measured, ready to store in the user cache.
    public static func limits(from result: JobResult) -> MachineLimits {
        MachineLimits(
            triadOneCoreGBps: result.metric("triad_one_core")?.value ?? 0,
            triadAllCoresGBps: result.metric("triad_all_cores")?.value ?? 0,
            dgemmGFLOPs: result.metric("dgemm")?.value ?? 0,
            cores: Int(result.metric("cores")?.value ?? 0),
            cpuModel: HostInfo.current().cpuModel,
            measuredAt: result.finishedAt)
    }
}
