import C4SCore
import C4SSpectral
import C4SStencil
import Foundation

/// Runs a stencil shape (or user weights) on a generated or catalog grid with one of the stencil engines.
///
/// Samples: one per batch of time steps (work = points × steps, bytes = 16 × points per sweep: one read and
/// one write of the grid). Metrics: GStencil/s, GFLOP/s, effective GB/s, engine facts (rank, truncation error,
/// fusion, flashfft's plan and predictions) and, with `verify`, the max relative difference from the reference engine
/// (required below 1e-12; for `flashfft` and `auto` below 1e-9 absolute + 1e-9 relative at every point, the
/// FlashFFTStencil tolerance). Array: the final grid.
public struct StencilJob: Job {
    /// The job kind `stencil`.
    public static let descriptor = JobDescriptor(
        id: "stencil",
        title: "Stencil engines (reference, vectorized, ConvStencil, LoRAStencil)",
        summary: """
            Applies a constant-coefficient stencil for a number of time steps with Dirichlet (fixed halo) or \
            periodic boundaries. Engines: reference (plain loops, the oracle), vectorized (AVX2 SIMD rows on all \
            cores, wavefront temporal blocking in L2), convstencil (stencil2row + OpenBLAS DGEMM with temporal kernel fusion), \
            lorastencil (rank-1 separable terms, ring-constant boxes peeled into nested box sums, same temporal blocking), flashfft (T steps as one FFT convolution: whole grid for periodic, overlap-save tiles plus \
            direct boundary bands for Dirichlet), auto (the engine a measured cost model predicts fastest). Throughput in \
            GStencil/s (points × steps / s).
            """,
        parameters: [
            ParameterSpec("shape", "stencil shape (custom = weights from --weights)",
                          kind: .choice(StencilShape.allCases.map(\.rawValue) + ["custom"]), default: .string("heat2d")),
            ParameterSpec("engine", "engine", kind: .choice(StencilEngineKind.allCases.map(\.rawValue)), default: .string("vectorized")),
            ParameterSpec("size", "grid size AxBxC, or auto (1048576, 1024x1024 or 128x128x128 by the shape's rank)",
                          kind: .text, default: .string("auto"), unit: "points"),
            ParameterSpec("dataset", "catalog grid id instead of --size (e.g. grid2d-random-4096), or none",
                          kind: .dataset(kinds: ["grid"]), default: .string("none")),
            ParameterSpec("steps", "time steps", kind: .int(1...1_000_000), default: .int(10)),
            ParameterSpec("boundary", "boundary condition", kind: .choice(["periodic", "dirichlet"]), default: .string("periodic")),
            ParameterSpec("halo", "fixed value outside the grid (dirichlet)", kind: .double(-1e300...1e300), default: .double(0)),
            ParameterSpec("threads", "worker threads (0 = all cores)", kind: .int(0...4096), default: .int(0)),
            ParameterSpec("weights", "file of user weights (text rows or JSON nested lists) for --shape custom, or none",
                          kind: .text, default: .string("none")),
            ParameterSpec("fusion", "steps per fused kernel (convstencil), per temporal block (vectorized, lorastencil) or per FFT chunk (flashfft); 0 = default",
                          kind: .int(0...16), default: .int(0)),
            ParameterSpec("verify", "compare with the reference engine (grids up to 2^22 points)", kind: .bool, default: .bool(false)),
            ParameterSpec("seed", "seed of the generated random grid", kind: .int(0...Int.max), default: .int(42)),
        ],
        workUnit: .stencilUpdates,
        make: { parameters, environment in try StencilJob(parameters: parameters, environment: environment) })

    /// The descriptor of this job.
    public var descriptor: JobDescriptor { Self.descriptor }
    /// Validated parameters.
    public let parameters: JobParameters
    /// The catalog grid, when `dataset` was given.
    public let datasets: [DatasetReference]
    /// The kernel to apply.
    public let kernel: StencilKernel
    /// The engine.
    public let engineKind: StencilEngineKind
    /// Grid dims.
    public let dims: [Int]
    private let gridRecipe: (pattern: GridPattern, seed: UInt64)
    /// FFTW wisdom in the user cache, read before and written after `flashfft` and `auto` runs (nil for other engines).
    public let wisdomURL: URL?

    /// Validates the combination and makes the job.
    /// - Throws: `JobError.failed` with a message for unreadable weights, a size of the wrong rank or below the
    ///   kernel side, an unknown or non-grid dataset.
    public init(parameters: JobParameters, environment: JobEnvironment) throws {
        let id = Self.descriptor.id
        self.parameters = parameters
        engineKind = StencilEngineKind(rawValue: parameters.string("engine"))!
        wisdomURL = engineKind == .flashfft || engineKind == .auto
            ? environment.cacheDirectory.appendingPathComponent(FFTWisdom.fileName) : nil
        let shapeName = parameters.string("shape"), weightsPath = parameters.string("weights")
        do {
            if shapeName == "custom" {
                guard weightsPath != "none" else { throw JobError.failed(job: id, reason: "--shape custom needs --weights FILE") }
                kernel = try StencilKernel(contentsOf: URL(fileURLWithPath: weightsPath))
            } else {
                guard weightsPath == "none" else { throw JobError.failed(job: id, reason: "--weights needs --shape custom") }
                kernel = StencilShape(rawValue: shapeName)!.kernel
            }
        } catch let error as StencilError {
            throw JobError.failed(job: id, reason: error.description)
        }
        let datasetID = parameters.string("dataset"), size = try Self.size(parameters.string("size"))
        if datasetID == "none" {
            dims = size ?? [[1 << 20], [1024, 1024], [128, 128, 128]][kernel.rank - 1]
            datasets = []
            gridRecipe = (.random, UInt64(parameters.int("seed")))
        } else {
            guard size == nil else { throw JobError.failed(job: id, reason: "give either --size or --dataset, not both") }
            let resolved: (entry: CatalogEntry, urls: [URL], reference: DatasetReference)
            do { resolved = try environment.resolve(datasetID) } catch {
                throw JobError.failed(job: id, reason: "\(error)")
            }
            guard let g = resolved.entry.generator, g.name == "stencil-grid", let d = g.parameters["dims"]?.intsValue,
                  let pattern = g.parameters["pattern"]?.stringValue.flatMap(GridPattern.init(rawValue:)) else {
                throw JobError.failed(job: id, reason: "dataset \(datasetID) is not a generated stencil grid; use a grid id from `c4s datasets list`")
            }
            dims = d
            datasets = [resolved.reference]
            gridRecipe = (pattern, UInt64(g.parameters["seed"]?.intValue ?? 0))
        }
        guard dims.count == kernel.rank else {
            throw JobError.failed(job: id, reason: StencilError.rankMismatch(kernel: kernel.rank, grid: dims.count).description)
        }
        guard dims.allSatisfy({ $0 >= kernel.side }) else {
            throw JobError.failed(job: id, reason: StencilError.gridTooSmall(dims: dims, kernelSide: kernel.side).description)
        }
    }

    /// The sides of `--size`, nil for `auto`. - Throws: `ParameterError.invalid` saying what is valid.
    private static func size(_ text: String) throws -> [Int]? {
        if text.lowercased() == "auto" { return nil }
        let kind = ParameterKind.shape(ranks: 1...3, side: 1...(1 << 30))
        guard case .shape(let sides)? = try? ParameterSpec("size", "", kind: kind).parse(text) else {
            throw ParameterError.invalid(name: "size", text: text, valid: "auto or " + kind.validValues)
        }
        return sides
    }

    /// Generates the grid, runs the engine, and (with `verify`) the reference.
    /// - Throws: `JobError.cancelled`, or `.failed` when verification is asked on a grid above 2^22 points, or FFTW
    ///   cannot plan or its wisdom cannot be read or written (`flashfft`, `auto`).
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date()
        let threads = parameters.threads()
        let boundary: StencilBoundary = parameters.string("boundary") == "periodic" ? .periodic : .dirichlet(parameters.double("halo"))
        let points = dims.reduce(1, *)
        if parameters.bool("verify"), points > 1 << 22 {
            throw JobError.failed(job: descriptor.id, reason: "--verify runs the slow reference engine; use a grid of at most 4194304 points")
        }
        let grid = try StencilGrid.generate(dims: dims, pattern: gridRecipe.pattern, seed: gridRecipe.seed)
        let problem = try StencilProblem(grid: grid, kernel: kernel, boundary: boundary, steps: parameters.int("steps"), threads: threads)
        let outcome: StencilOutcome
        do {
            if let wisdomURL { try FFTWisdom.load(from: wisdomURL) }
            outcome = try engineKind.engine(fusion: parameters.int("fusion")).run(problem) { p in
                try context.checkCancellation()
                context.emit(JobSample(elapsed: context.elapsed, duration: p.seconds, workUnits: Double(points * p.steps),
                                       bytes: 16 * Double(points * p.sweeps), label: "steps \(p.stepsDone)"))
            }
            if let wisdomURL { try FFTWisdom.save(to: wisdomURL) }
        } catch let error as SpectralError {
            throw JobError.failed(job: descriptor.id, reason: error.description + (wisdomURL.map { "; delete \($0.path) if it is damaged" } ?? ""))
        }
        let updates = Double(points) * Double(problem.steps)
        let seconds = max(outcome.seconds, 1e-12)
        var metrics = [
            ResultMetric("gstencil_per_s", updates / seconds / 1e9, unit: "GStencil/s", summary: "point updates per second over all steps"),
            ResultMetric("gflop_per_s", updates * outcome.flopsPerPointStep / seconds / 1e9, unit: "GFLOP/s",
                         summary: "floating-point operations per second as executed by the engine"),
            ResultMetric("gb_per_s", 16 * Double(points * outcome.sweeps) / seconds / 1e9, unit: "GB/s",
                         summary: "effective bandwidth: 16 bytes per point per sweep over memory"),
            ResultMetric("seconds", outcome.seconds, unit: "s", summary: "time in the steps"),
            ResultMetric("flops_per_point", outcome.flopsPerPointStep, unit: "1", summary: "flops per point update as executed"),
        ]
        for (name, value) in outcome.facts.sorted(by: { $0.key < $1.key }) {
            metrics.append(ResultMetric(name, value, unit: name.contains("seconds") ? "s" : "1",
                                        summary: "engine fact: \(name.replacingOccurrences(of: "_", with: " "))"))
        }
        if parameters.bool("verify") {
            let expected = try ReferenceStencilEngine().run(problem) { _ in try context.checkCancellation() }.grid.values
            let scale = max(expected.map(abs).max() ?? 0, .leastNormalMagnitude)
            let error = zip(expected, outcome.grid.values).map { abs($0 - $1) }.max()! / scale
            metrics.append(ResultMetric("max_relative_error", error, unit: "1", summary: "max |engine - reference| / max |reference|"))
            if engineKind == .flashfft || engineKind == .auto {
                let worst = zip(expected, outcome.grid.values).map { abs($0 - $1) / (1e-9 + 1e-9 * abs($0)) }.max()!
                guard worst <= 1 else {
                    throw JobError.failed(job: descriptor.id, reason: "\(engineKind) differs from the reference by more than 1e-9 absolute + 1e-9 relative (\(worst) times the bound)")
                }
            } else {
                guard error < 1e-12 else {
                    throw JobError.failed(job: descriptor.id, reason: "\(engineKind) differs from the reference by \(error) (relative max norm)")
                }
            }
        }
        let names = ["z", "y", "x"].suffix(dims.count)
        return JobResult(job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples, metrics: metrics,
                         arrays: [ResultArray(name: "grid", shape: dims, storage: .float64(outcome.grid.values), unit: "1",
                                              summary: "grid after \(problem.steps) steps", dimensionNames: Array(names))])
    }
}
