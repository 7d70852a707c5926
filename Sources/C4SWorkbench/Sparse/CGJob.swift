import C4SCore
import C4SSparse
import Foundation

/// Solves A·x = b with conjugate gradient (symmetric positive definite A) or BiCGSTAB (general square A), with
/// the products in CSR, SELL-C-σ or VNEC; b = A·1, so the exact solution is all ones.
///
/// Samples: one per iteration (work = the iteration's flops, bytes = its products' bytes, observation
/// `relative_residual` = ‖r‖₂/‖b‖₂). Metrics: iterations, convergence, final and true relative residual
/// (‖b − A·x‖₂/‖b‖₂ recomputed with CSR), max |x − 1|, solve and conversion times, seconds per product in the
/// format and in CSR, and the iteration after which the conversion has paid for itself. Array: residual history.
public struct CGJob: Job {
    /// The job kind `cg`.
    public static let descriptor = JobDescriptor(
        id: "cg",
        title: "Conjugate gradient / BiCGSTAB on a sparse matrix",
        summary: """
            Solves A·x = b (b = A·1, x0 = 0) with conjugate gradient or BiCGSTAB, the products in the chosen \
            format on all cores, until the relative residual ‖r‖/‖b‖ reaches the tolerance. Reports the residual \
            history, the true residual and error, and after how many iterations the format's conversion from CSR \
            has paid for itself. Throughput in GFLOP/s.
            """,
        parameters: [
            ParameterSpec("matrix", "catalog matrix id or generator:size (poisson2d:N, poisson3d:N, rmat:SCALE, stencil:SHAPE:N, stencil:SHAPE:AxBxC[:periodic] with SHAPE a stencil shape such as box3d27p or a weights file)",
                          kind: .dataset(kinds: ["matrix"]), default: .string("poisson2d:256")),
            ParameterSpec("format", "storage format of the products", kind: .choice(SparseFormat.allCases.map(\.rawValue)), default: .string("vnec")),
            ParameterSpec("solver", "cg (symmetric positive definite) or bicgstab (general)", kind: .choice(["cg", "bicgstab"]), default: .string("cg")),
            ParameterSpec("tolerance", "stop when ‖r‖/‖b‖ is at most this", kind: .double(1e-15...1), default: .double(1e-8)),
            ParameterSpec("max-iterations", "iteration limit", kind: .int(1...10_000_000), default: .int(5000)),
            ParameterSpec("threads", "worker threads (0 = all cores)", kind: .int(0...4096), default: .int(0)),
        ],
        workUnit: .flops,
        make: { parameters, environment in try CGJob(parameters: parameters, environment: environment) })

    /// The descriptor of this job.
    public var descriptor: JobDescriptor { Self.descriptor }
    /// Validated parameters.
    public let parameters: JobParameters
    /// The catalog matrix, when a catalog id was given.
    public var datasets: [DatasetReference] { source.reference.map { [$0] } ?? [] }
    /// The matrix to load.
    public let source: SparseMatrixSource
    /// The format of the products.
    public let format: SparseFormat

    /// Validates the combination and makes the job. - Throws: `JobError.failed` for an unknown matrix.
    public init(parameters: JobParameters, environment: JobEnvironment) throws {
        self.parameters = parameters
        format = SparseFormat(rawValue: parameters.string("format"))!
        source = try SparseMatrixSource(parameters.string("matrix"), environment: environment, job: Self.descriptor.id)
    }

    /// Loads the matrix, converts, solves. - Throws: `JobError.cancelled`, or `.failed` for a non-square matrix,
    ///   a solver breakdown or unreadable input. A solve that does not converge is a result, not an error.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date(), id = descriptor.id
        let threads = parameters.threads()
        let csr = try source.load(threads: threads, job: id)
        guard csr.rows == csr.columns else {
            throw JobError.failed(job: id, reason: "\(source.name) is \(csr.rows)x\(csr.columns); \(parameters.string("solver")) needs a square matrix")
        }
        let converted: (matrix: any SparseOperator, seconds: Double, facts: [String: Double])
        do { converted = try format.convert(csr, sigma: 256, variant: nil, partsPerThread: nil) } catch {
            throw JobError.failed(job: id, reason: "\(source.name): \(error)")
        }
        let a = converted.matrix, n = csr.rows
        let ones = AlignedBuffer<Double>(count: max(n, 1), repeating: 1), scratch = AlignedBuffer<Double>(count: max(n, 1), repeating: 0)
        let formatSeconds = SpMVJob.secondsPerProduct(a, ones, scratch, repetitions: 5)
        let csrSeconds = SpMVJob.secondsPerProduct(csr, ones, scratch, repetitions: 5)
        let b = try csr.multiply([Double](repeating: 1, count: n))
        let bicgstab = parameters.string("solver") == "bicgstab"
        let productsPerIteration = bicgstab ? 2.0 : 1.0
        let flopsPerIteration = productsPerIteration * 2 * Double(a.nonzeros) + (bicgstab ? 20 : 10) * Double(n)
        let bytesPerIteration = productsPerIteration * a.bytesPerProduct + (bicgstab ? 160 : 80) * Double(n)
        var last = ContinuousClock.now
        let onIteration: (Int, Double) throws -> Void = { iteration, residual in
            try context.checkCancellation()
            let now = ContinuousClock.now, d = now - last
            last = now
            context.emit(JobSample(elapsed: context.elapsed, duration: d.seconds,
                                   workUnits: flopsPerIteration, bytes: bytesPerIteration, label: "iteration \(iteration)",
                                   observations: ["relative_residual": residual]))
        }
        let tolerance = parameters.double("tolerance"), limit = parameters.int("max-iterations")
        var outcome: SolverOutcome?
        let solveSeconds: Double
        do {
            solveSeconds = try WallClock.time {
                outcome = bicgstab
                    ? try IterativeSolver.biCGSTAB(a, b: b, tolerance: tolerance, maxIterations: limit, onIteration: onIteration)
                    : try IterativeSolver.conjugateGradient(a, b: b, tolerance: tolerance, maxIterations: limit, onIteration: onIteration)
            }
        } catch let error as SolverError {
            throw JobError.failed(job: id, reason: "\(source.name): \(error)")
        }
        let result = outcome!
        let ax = try csr.multiply(result.solution)
        let normB = b.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let trueResidual = normB == 0 ? 0 : zip(b, ax).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot() / normB
        let error = result.solution.reduce(0) { max($0, abs($1 - 1)) }
        let saving = (csrSeconds - formatSeconds) * productsPerIteration
        let payback = converted.seconds == 0 ? 0 : (saving > 0 ? (converted.seconds / saving).rounded(.up) : .infinity)
        let metrics = [
            ResultMetric("iterations", Double(result.iterations), unit: "1", summary: "iterations done"),
            ResultMetric("converged", result.converged ? 1 : 0, unit: "1", summary: "1 when the tolerance was reached"),
            ResultMetric("final_relative_residual", result.finalResidual, unit: "1", summary: "recurrence ‖r‖/‖b‖ at the end"),
            ResultMetric("true_relative_residual", trueResidual, unit: "1", summary: "‖b − A·x‖/‖b‖ recomputed with CSR"),
            ResultMetric("max_error", error, unit: "1", summary: "max |x − 1| (the exact solution is all ones)"),
            ResultMetric("solve_seconds", solveSeconds, unit: "s", summary: "wall time of the solve"),
            ResultMetric("gflop_per_s", flopsPerIteration * Double(result.iterations) / max(solveSeconds, 1e-12) / 1e9, unit: "GFLOP/s",
                         summary: "solver flops (products and vector updates) per second"),
            ResultMetric("conversion_seconds", converted.seconds, unit: "s", summary: "wall time of the conversion from CSR"),
            ResultMetric("seconds_per_product", formatSeconds, unit: "s", summary: "best of 5 products in the format"),
            ResultMetric("csr_seconds_per_product", csrSeconds, unit: "s", summary: "best of 5 CSR products in the same run"),
            ResultMetric("payback_iterations", payback, unit: "1",
                         summary: "iterations after which the conversion has paid for itself vs CSR (null = never)"),
            ResultMetric("nonzeros", Double(a.nonzeros), unit: "1", summary: "stored nonzeros"),
        ]
        return JobResult(job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples, metrics: metrics,
                         arrays: [ResultArray(name: "residual_history", shape: [result.residualHistory.count],
                                              storage: .float64(result.residualHistory), unit: "1",
                                              summary: "relative residual ‖r‖/‖b‖ after each iteration", dimensionNames: ["iteration"])])
    }
}
