import C4SCore
import C4SSparse
import Foundation

/// Sparse matrix-vector products y = A·x in one format (CSR, SELL-C-σ or VNEC) on a catalog or generated matrix.
///
/// Samples: one per batch of products (work = 2·nnz flops per product, bytes = the format's own byte count per
/// product). Metrics: GFLOP/s (mean and best batch), effective GB/s, seconds per product (mean and best batch),
/// conversion time, CSR seconds per product in the same run and the conversion payback in products, format
/// facts, and the max relative difference from CSR (‖y − y_csr‖∞ / ‖y_csr‖∞, must be < 1e-12). Array: the last y.
public struct SpMVJob: Job {
    /// The job kind `spmv`.
    public static let descriptor = JobDescriptor(
        id: "spmv",
        title: "Sparse matrix-vector product (CSR, SELL-C-σ, VNEC)",
        summary: """
            Converts a sparse matrix from CSR to the chosen format (timed), then runs y = A·x for a number of \
            iterations on all cores. Throughput in GFLOP/s (2·nnz per product); effective GB/s by the format's \
            own byte count. The result is checked against CSR (relative max norm < 1e-12). Matrices: catalog ids \
            of kind matrix or poisson2d:N, poisson3d:N, rmat:SCALE, stencil:SHAPE:N (a stencil's one-step operator).
            """,
        parameters: [
            ParameterSpec("matrix", "catalog matrix id or generator:size (poisson2d:N, poisson3d:N, rmat:SCALE, stencil:SHAPE:N, stencil:SHAPE:AxBxC[:periodic] with SHAPE a stencil shape such as box3d27p or a weights file)",
                          kind: .dataset(kinds: ["matrix"]), default: .string("poisson3d:64")),
            ParameterSpec("format", "storage format", kind: .choice(SparseFormat.allCases.map(\.rawValue)), default: .string("vnec")),
            ParameterSpec("iterations", "timed products", kind: .int(1...1_000_000), default: .int(100)),
            ParameterSpec("threads", "worker threads (0 = all cores)", kind: .int(0...4096), default: .int(0)),
            ParameterSpec("sigma", "SELL-C-σ sorting window σ in rows (multiple of 4)", kind: .int(4...1 << 24), default: .int(256), unit: "rows"),
            ParameterSpec("variant", "VNEC variant (auto = by IRD)", kind: .choice(["auto", "dense", "packed", "sparse"]), default: .string("auto")),
            ParameterSpec("parts", "VNEC merge-path parts per thread (0 = 1, or more for banded matrices to get 16-bit indices)",
                          kind: .int(0...4096), default: .int(0)),
            ParameterSpec("stores", "how VNEC writes y: streaming (non-temporal), cached, or auto (streaming from 2^20 rows)",
                          kind: .choice(["auto", "streaming", "cached"]), default: .string("auto")),
            ParameterSpec("seed", "seed of the random x in [-1, 1)", kind: .int(0...Int.max), default: .int(7)),
        ],
        workUnit: .flops,
        make: { parameters, environment in try SpMVJob(parameters: parameters, environment: environment) })

    /// The descriptor of this job.
    public var descriptor: JobDescriptor { Self.descriptor }
    /// Validated parameters.
    public let parameters: JobParameters
    /// The catalog matrix, when a catalog id was given.
    public var datasets: [DatasetReference] { source.reference.map { [$0] } ?? [] }
    /// The matrix to load.
    public let source: SparseMatrixSource
    /// The format to run.
    public let format: SparseFormat

    /// Validates the combination and makes the job.
    /// - Throws: `JobError.failed` for an unknown matrix or a σ that is not a multiple of 4.
    public init(parameters: JobParameters, environment: JobEnvironment) throws {
        self.parameters = parameters
        format = SparseFormat(rawValue: parameters.string("format"))!
        guard parameters.int("sigma") % SELLMatrix.chunkHeight == 0 else {
            throw JobError.failed(job: Self.descriptor.id, reason: "--sigma \(parameters.int("sigma")): not valid; expected a multiple of \(SELLMatrix.chunkHeight)")
        }
        source = try SparseMatrixSource(parameters.string("matrix"), environment: environment, job: Self.descriptor.id)
    }

    /// Threads to use (0 = all cores).
    var threads: Int {
        parameters.threads()
    }

    /// Loads the matrix and runs. - Throws: `JobError.cancelled`, or `.failed` for unreadable input or a
    ///   result that differs from CSR.
    public func run(_ context: JobContext) throws -> JobResult {
        try run(context, matrix: source.load(threads: threads, job: descriptor.id))
    }

    /// Runs on an already loaded CSR matrix (the benchmark loads each matrix once for all formats).
    func run(_ context: JobContext, matrix loaded: CSRMatrix) throws -> JobResult {
        let started = Date(), id = descriptor.id
        let csr = loaded.withThreads(threads)
        let variant = VNECVariant(rawValue: parameters.string("variant"))
        let converted: (matrix: any SparseOperator, seconds: Double, facts: [String: Double])
        let stores = parameters.string("stores")
        do { converted = try format.convert(csr, sigma: parameters.int("sigma"), variant: variant,
                                                  partsPerThread: parameters.int("parts") == 0 ? nil : parameters.int("parts"),
                                                  streamingStores: stores == "auto" ? nil : stores == "streaming") } catch {
            throw JobError.failed(job: id, reason: "\(source.name): \(error)")
        }
        let a = converted.matrix
        var rng = SplitMix64(seed: UInt64(parameters.int("seed")))
        let x = AlignedBuffer<Double>(count: max(a.columns, 1), repeating: 0)
        for i in 0..<a.columns { x[i] = 2 * rng.nextUnit() - 1 }
        let y = AlignedBuffer<Double>(count: max(a.rows, 1), repeating: 0)
        let reference = AlignedBuffer<Double>(count: max(a.rows, 1), repeating: 0)
        let csrSeconds = Self.secondsPerProduct(csr, x, reference, repetitions: 5)
        a.multiply(x.pointer, into: y.pointer)  // warm-up
        let iterations = parameters.int("iterations"), batch = max(1, iterations / 20)
        let flops = 2 * Double(a.nonzeros), bytes = a.bytesPerProduct
        var done = 0, total = 0.0, best = 0.0, bestPerProduct = Double.infinity
        while done < iterations {
            try context.checkCancellation()
            let n = min(batch, iterations - done)
            let seconds = max(WallClock.time { for _ in 0..<n { a.multiply(x.pointer, into: y.pointer) } }, 1e-12)
            done += n
            total += seconds
            best = max(best, flops * Double(n) / seconds / 1e9)
            bestPerProduct = min(bestPerProduct, seconds / Double(n))
            context.emit(JobSample(elapsed: context.elapsed, duration: seconds, workUnits: flops * Double(n),
                                   bytes: bytes * Double(n), label: "products \(done)"))
        }
        let error = Self.maxRelativeDifference(y, reference, count: a.rows)
        guard error < 1e-12 else {
            throw JobError.failed(job: id, reason: "\(format.rawValue) differs from CSR by \(error) (relative max norm) on \(source.name)")
        }
        let perProduct = total / Double(iterations)
        let saving = csrSeconds - bestPerProduct
        var metrics = [
            ResultMetric("gflop_per_s", flops * Double(iterations) / total / 1e9, unit: "GFLOP/s", summary: "2·nnz flops per product, mean over all products"),
            ResultMetric("best_gflop_per_s", best, unit: "GFLOP/s", summary: "best batch of products"),
            ResultMetric("gb_per_s", bytes * Double(iterations) / total / 1e9, unit: "GB/s", summary: "effective bandwidth by the format's own byte count"),
            ResultMetric("bytes_per_product", bytes, unit: "B", summary: "bytes one product moves by the format's own count"),
            ResultMetric("csr_bytes_per_product", csr.bytesPerProduct, unit: "B", summary: "bytes one CSR product moves (the minimal traffic)"),
            ResultMetric("seconds_per_product", perProduct, unit: "s", summary: "mean time of one product"),
            ResultMetric("best_seconds_per_product", bestPerProduct, unit: "s", summary: "time of one product in the best batch"),
            ResultMetric("csr_seconds_per_product", csrSeconds, unit: "s", summary: "best of 5 CSR products in the same run"),
            ResultMetric("conversion_seconds", converted.seconds, unit: "s", summary: "wall time of the conversion from CSR"),
            ResultMetric("payback_products", saving > 0 ? (converted.seconds / saving).rounded(.up) : (converted.seconds == 0 ? 0 : .infinity),
                         unit: "1", summary: "conversion time / (best CSR − best format time per product), rounded up (null = never)"),
            ResultMetric("max_relative_error", error, unit: "1", summary: "max |y - y_csr| / max |y_csr|"),
            ResultMetric("rows", Double(a.rows), unit: "1", summary: "matrix rows"),
            ResultMetric("columns", Double(a.columns), unit: "1", summary: "matrix columns"),
            ResultMetric("nonzeros", Double(a.nonzeros), unit: "1", summary: "stored nonzeros (duplicates summed)"),
            ResultMetric("threads", Double(a.threads), unit: "1", summary: "threads per product"),
        ]
        for (name, value) in converted.facts.sorted(by: { $0.key < $1.key }) {
            metrics.append(ResultMetric(name, value, unit: "1", summary: "format fact: \(name.replacingOccurrences(of: "_", with: " "))"))
        }
        return JobResult(job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples, metrics: metrics,
                         arrays: [ResultArray(name: "y", shape: [a.rows], storage: .float64(Array(y.buffer.prefix(a.rows))),
                                              unit: "1", summary: "y = A·x after the last product", dimensionNames: ["row"])])
    }

    /// Best time of `repetitions` products into `y` (after one warm-up), in seconds.
    static func secondsPerProduct(_ a: any SparseOperator, _ x: AlignedBuffer<Double>, _ y: AlignedBuffer<Double>,
                                  repetitions: Int) -> Double {
        a.multiply(x.pointer, into: y.pointer)
        return (0..<repetitions).map { _ in WallClock.time { a.multiply(x.pointer, into: y.pointer) } }.min()!
    }

    /// max |a − b| / max |b| over `count` elements (0 when b is all zero and a equals it).
    static func maxRelativeDifference(_ a: AlignedBuffer<Double>, _ b: AlignedBuffer<Double>, count: Int) -> Double {
        var difference = 0.0, scale = 0.0
        for i in 0..<count {
            difference = max(difference, abs(a[i] - b[i]))
            scale = max(scale, abs(b[i]))
        }
        return difference == 0 ? 0 : difference / max(scale, .leastNormalMagnitude)
    }
}
