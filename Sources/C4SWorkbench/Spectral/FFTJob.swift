import C4SCore
import C4SSpectral
import Foundation

/// Times an FFTW transform (1-D to 3-D; r2c, c2r or c2c; double precision) planned once and executed many
/// times, and checks a forward + normalised-inverse round trip against the input.
///
/// Samples: one per execution (work = FFTW's nominal flops, 5 N log2 N complex or 2.5 N log2 N real; bytes =
/// input plus output, 8 bytes per double). Metrics: GFLOP/s mean and best, seconds per execution, planning
/// time, and the round trip's max abs error on input in [-1, 1). Wisdom is loaded from and saved to the user cache.
public struct FFTJob: Job {
    /// Largest transform accepted, in points: four buffers of up to 16 bytes per point stay below 4 GiB.
    public static let maxPoints = 1 << 26

    /// The job kind `fft`.
    public static let descriptor = JobDescriptor(
        id: "fft",
        title: "FFT (FFTW: r2c, c2r, c2c in 1-D to 3-D)",
        summary: """
            Plans an FFTW double-precision transform once (effort estimate, measure or patient; wisdom kept in the \
            user cache as fftw-wisdom.txt) and executes it repeatedly. Throughput in GFLOP/s with FFTW's convention: \
            5 N log2 N flops per complex transform, 2.5 N log2 N per real one (N = points). Verifies that forward \
            followed by the inverse divided by N (FFTW's backward transform is unnormalised) returns the input.
            """,
        parameters: [
            ParameterSpec("size", "transform size, 1 to 3 sides joined by x (real-space sides for r2c and c2r)",
                          kind: .shape(ranks: 1...3, side: 1...Int(Int32.max)), default: .shape([1024, 1024]), unit: "points"),
            ParameterSpec("kind", "r2c (real to half spectrum), c2r (half spectrum to real) or c2c (complex, forward)",
                          kind: .choice(FFTKind.allCases.map(\.rawValue)), default: .string("r2c")),
            ParameterSpec("effort", "FFTW planning effort", kind: .choice(FFTPlanningEffort.allCases.map(\.rawValue)),
                          default: .string("measure")),
            ParameterSpec("iterations", "timed executions of the plan", kind: .int(1...1_000_000), default: .int(10)),
            ParameterSpec("threads", "FFTW threads per execution (0 = all cores)", kind: .int(0...4096), default: .int(0)),
            ParameterSpec("wisdom", "load FFTW wisdom from the user cache before planning and save it after",
                          kind: .bool, default: .bool(true)),
            ParameterSpec("seed", "seed of the random input in [-1, 1)", kind: .int(0...Int.max), default: .int(42)),
        ],
        workUnit: .flops,
        make: { parameters, environment in try FFTJob(parameters: parameters, environment: environment) })

    /// The descriptor of this job.
    public var descriptor: JobDescriptor { Self.descriptor }
    /// Validated parameters.
    public let parameters: JobParameters
    /// No catalog datasets are read.
    public var datasets: [DatasetReference] { [] }
    /// The timed transform: r2c forward, c2r backward, or c2c forward.
    public let timedKey: FFTPlanKey
    /// The other half of the round trip (the inverse of r2c or c2c, the forward of c2r).
    public let partnerKey: FFTPlanKey
    /// Where wisdom is read and written, nil with `--wisdom false`.
    public let wisdomURL: URL?

    /// Validates the combination and makes the job.
    /// - Throws: `JobError.failed` for a size above `maxPoints` or one FFTW cannot plan.
    public init(parameters: JobParameters, environment: JobEnvironment) throws {
        let id = Self.descriptor.id
        self.parameters = parameters
        let dims = parameters.shape("size"), kind = FFTKind(rawValue: parameters.string("kind"))!
        guard dims.reduce(1, { $0.multipliedReportingOverflow(by: $1).overflow ? .max : $0 * $1 }) <= Self.maxPoints else {
            throw JobError.failed(job: id, reason: "--size \(parameters.shape("size").map(String.init).joined(separator: "x")) has more than \(Self.maxPoints) points; choose smaller sides")
        }
        let effort = FFTPlanningEffort(rawValue: parameters.string("effort"))!
        let threads = parameters.threads()
        let forwardKind: FFTKind = kind == .c2c ? .c2c : .r2c, inverseKind: FFTKind = kind == .c2c ? .c2c : .c2r
        do {
            let forward = try FFTPlanKey(dims: dims, kind: forwardKind, direction: .forward, effort: effort, threads: threads)
            let inverse = try FFTPlanKey(dims: dims, kind: inverseKind, direction: .backward, effort: effort, threads: threads)
            (timedKey, partnerKey) = kind == .c2r ? (inverse, forward) : (forward, inverse)
        } catch let error as SpectralError {
            throw JobError.failed(job: id, reason: error.description)
        }
        wisdomURL = parameters.bool("wisdom") ? environment.cacheDirectory.appendingPathComponent(FFTWisdom.fileName) : nil
    }

    /// Plans both directions, checks the round trip, then times the executions.
    /// - Throws: `JobError.cancelled`, or `.failed` when wisdom cannot be read or written, FFTW cannot plan,
    ///   or the round trip differs from the input by more than 1e-10.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date(), id = descriptor.id
        let timed: FFTPlan, partner: FFTPlan
        do {
            if let wisdomURL { try FFTWisdom.load(from: wisdomURL) }
            (timed, partner) = (try FFTPlanCache.shared.plan(timedKey), try FFTPlanCache.shared.plan(partnerKey))
            if let wisdomURL { try FFTWisdom.save(to: wisdomURL) }
        } catch let error as SpectralError {
            throw JobError.failed(job: id, reason: error.description + (wisdomURL.map { "; delete \($0.path) or pass --wisdom false" } ?? ""))
        }
        try context.checkCancellation()
        let (forward, inverse) = timedKey.direction == .forward ? (timed, partner) : (partner, timed)

        let input = forward.makeInput(), spectrum = forward.makeOutput(), work = inverse.makeInput(), back = inverse.makeOutput()
        var random = SplitMix64(seed: UInt64(parameters.int("seed")))
        for i in 0..<input.count { input[i] = 2 * random.nextUnit() - 1 }
        forward.execute(input: input, output: spectrum)
        work.pointer.update(from: spectrum.pointer, count: spectrum.count)
        inverse.executeNormalizedInverse(input: work, output: back)
        let roundTripError = (0..<input.count).reduce(0.0) { max($0, abs(back[$1] - input[$1])) }
        guard roundTripError <= 1e-10 else {
            throw JobError.failed(job: id, reason: "forward + normalised inverse differs from the input by \(roundTripError)")
        }

        let flops = timedKey.nominalFlops, bytes = Double(8 * (timedKey.inputDoubles + timedKey.outputDoubles))
        var total = 0.0, best = Double.infinity
        for i in 0..<parameters.int("iterations") {
            try context.checkCancellation()
            if timedKey.kind == .c2r { work.pointer.update(from: spectrum.pointer, count: spectrum.count) }  // c2r overwrites its input
            let seconds = max(WallClock.time {
                if timedKey.kind == .c2r { inverse.execute(input: work, output: back) } else { forward.execute(input: input, output: spectrum) }
            }, 1e-12)
            total += seconds
            best = min(best, seconds)
            context.emit(JobSample(elapsed: context.elapsed, duration: seconds, workUnits: flops, bytes: bytes,
                                   label: "execution \(i + 1)"))
        }
        let iterations = Double(parameters.int("iterations"))
        return JobResult(
            job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples,
            metrics: [
                ResultMetric("gflop_per_s", iterations * flops / total / 1e9, unit: "GFLOP/s",
                             summary: "mean over executions, FFTW convention (\(timedKey.kind.isReal ? "2.5" : "5") N log2 N flops)"),
                ResultMetric("gflop_per_s_best", flops / best / 1e9, unit: "GFLOP/s", summary: "fastest execution, FFTW convention"),
                ResultMetric("seconds_per_execution", total / iterations, unit: "s", summary: "mean time of one execution of \(timedKey)"),
                ResultMetric("planning_seconds", timed.planningSeconds, unit: "s", summary: "FFTW planning time of the timed transform"),
                ResultMetric("roundtrip_max_error", roundTripError, unit: "1",
                             summary: "max |inverse(forward(x))/N - x| for x uniform in [-1, 1)"),
                ResultMetric("points", Double(timedKey.points), unit: "1", summary: "logical points N of the transform"),
                ResultMetric("threads", Double(timedKey.threads), unit: "1", summary: "FFTW threads per execution"),
            ])
    }
}
