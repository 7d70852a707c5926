import C4SCore
import C4SDiffusion
import C4SLearn
import Foundation

/// Draws samples from a trained DiG model of a 2-D system and scores them against the exact
/// Boltzmann density and a Metropolis reference run made in the same job. On the torus (alanine
/// dipeptide) samples of the 4-D embedding are projected onto the angles by atan2 and no ODE
/// log-densities are reported (the ODE gives the embedding's density; see `TorusEmbedding`).
///
/// Samples: one per chunk of drawn samples (work = samples). Metrics: JS and KL (nats) on the
/// `bins × bins` grid, DiG's coverage scores, basin populations (model, exact, Metropolis), the
/// correlation of probability-flow log-densities with exact ones, the divergence of as many exact
/// independent draws (the metric's finite-sample floor), and effective independent samples per
/// CPU-second of the model and of Metropolis (steps / integrated autocorrelation time, the larger of the
/// coordinates' and the basin indicators'), with their ratio.
public struct DiGSampleJob: Job {
    /// The job kind `dig-sample`.
    public static let descriptor = JobDescriptor(
        id: "dig-sample",
        title: "DiG sampling (equilibrium samples, densities and metrics)",
        summary: """
            Loads a diffusion model (the committed datasets/models/dig-SYSTEM-MODE.h5 unless --model FILE), draws \
            --n samples by DDPM ancestral sampling or the probability-flow ODE (Heun, or DPM-Solver++(2M) with \
            --solver-steps network calls per sample), computes log-densities of the first \
            --log-density-samples by the ODE (exact or Hutchinson divergence), and compares with the exact density on \
            a grid: Jensen–Shannon and KL divergences (nats), basin populations, DiG's grid accuracy/precision/recall/F1 \
            (a cell is occupied at probability >= --coverage-threshold), Pearson correlation of log-densities. A random-walk \
            Metropolis run of --metropolis-steps gives the reference rate: effective samples per CPU-second \
            (steps / integrated autocorrelation time, the larger of the coordinates' and the basin indicators'); \
            diffusion samples are independent. --n exact independent draws from the grid give the divergences' finite-sample floor.
            """,
        parameters: [
            ParameterSpec("system", "equilibrium system", kind: .choice(EquilibriumSystems.ids), default: .string("muller-brown")),
            ParameterSpec("surface", "alanine-dipeptide: (φ, ψ) surface file, or `committed` for \(DiGSurfaceLocation.committedPath)", kind: .text, default: .string(DiGModelLocation.committed)),
            ParameterSpec("mode", "which committed model: data-trained or energy-trained (pidp)", kind: .choice(["data", "pidp"]), default: .string("data")),
            ParameterSpec("model", "model file, or `committed` for datasets/models/dig-SYSTEM-MODE.h5", kind: .text, default: .string(DiGModelLocation.committed)),
            ParameterSpec("n", "samples to draw", kind: .int(100...100_000_000), default: .int(100_000)),
            ParameterSpec("sampler", "ddpm (ancestral, N network calls), ode (probability flow, Heun, 2 calls per step) or dpm-solver (probability flow, DPM-Solver++(2M), 1 call per step)", kind: .choice(DiffusionSamplerKind.allCases.map(\.rawValue)), default: .string("ddpm")),
            ParameterSpec("solver-steps", "steps (network calls per sample) of --sampler dpm-solver", kind: .int(1...10_000), default: .int(20)),
            ParameterSpec("ode-steps", "Heun steps of the probability-flow ODE (sampling and log-densities)", kind: .int(1...100_000), default: .int(100)),
            ParameterSpec("log-density-samples", "samples whose log-density is computed by the ODE", kind: .int(2...1_000_000), default: .int(2000)),
            ParameterSpec("divergence", "divergence in the log-density ODE", kind: .choice(["exact", "hutchinson"]), default: .string("exact")),
            ParameterSpec("bins", "grid cells per side for histograms, JS, KL and coverage (DiG: 50)", kind: .int(4...1000), default: .int(50)),
            ParameterSpec("coverage-threshold", "cell probability from which a cell counts as occupied", kind: .double(0...1), default: .double(1e-4)),
            ParameterSpec("metropolis-steps", "steps of the Metropolis reference run", kind: .int(100_000...10_000_000_000), default: .int(10_000_000)),
            ParameterSpec("seed", "seed of sampling, Hutchinson probes and Metropolis", kind: .int(0...Int.max), default: .int(1)),
            ParameterSpec("threads", "sampling threads (0 = all cores)", kind: .int(0...4096), default: .int(1)),
        ],
        workUnit: .samples,
        make: { parameters, _ in try DiGSampleJob(parameters: parameters) })

    public var descriptor: JobDescriptor { Self.descriptor }
    public let parameters: JobParameters
    /// No catalog datasets are read (the model file is recorded in the metrics' summary).
    public var datasets: [DatasetReference] { [] }
    /// The system sampled.
    public let system: any EquilibriumSystem
    /// The model file.
    public let modelURL: URL

    /// Validates the parameters. - Throws: `JobError.failed` when the committed model is asked for outside a repository.
    public init(parameters: JobParameters) throws {
        self.parameters = parameters
        system = try DiGSystemChoice.system(parameters.string("system"), surface: parameters.string("surface"), job: Self.descriptor.id)
        modelURL = try DiGModelLocation.url(parameters.string("model"), system: system.id, mode: parameters.string("mode"),
                                            job: Self.descriptor.id)
    }

    /// Loads the model, samples, evaluates, runs the Metropolis reference.
    /// - Throws: `JobError.cancelled`, or `.failed` for an unreadable model or one for another system.
    public func run(_ context: JobContext) throws -> JobResult {
        let started = Date(), id = descriptor.id
        let file: DiffusionModelFile
        do { file = try DiffusionModelFile(reading: modelURL) } catch {
            throw JobError.failed(job: id, reason: "cannot load the model \(modelURL.path): \(error); train one with `c4s dig train --system \(system.id)`")
        }
        guard file.system == system.id, file.model.dimension == system.modelDimension else {
            throw JobError.failed(job: id, reason: "\(modelURL.path) is a model of \(file.system), not \(system.id)")
        }
        BLASThreads.beginSingleThreaded()
        defer { BLASThreads.endSingleThreaded() }
        let model = file.model, n = parameters.int("n"), seed = UInt64(parameters.int("seed"))
        let metricGrid = system.gridDensity(bins: parameters.int("bins"), subsamples: 8)
        let basinGrid = system.gridDensity(bins: 200, subsamples: 2)
        let threshold = parameters.double("coverage-threshold")

        let plan = ParallelSampling(model: model, sampler: DiffusionSamplerKind(rawValue: parameters.string("sampler"))!,
                                    odeSteps: parameters.int("ode-steps"), solverSteps: parameters.int("solver-steps"))
        let (points, samplingCPU) = ProcessCPUClock.time {
            system.points(fromModelFeatures: plan.draw(count: n, seed: seed, threads: parameters.threads(), onChunk: { rows, seconds in
                context.emit(JobSample(elapsed: context.elapsed, duration: max(seconds, 1e-9), workUnits: Double(rows), bytes: 0, label: "diffusion samples"))
            }, isCancelled: { context.isCancelled }))
        }
        try context.checkCancellation()
        let logDensities = DiffusionLogDensities(model: model, system: system, logNormalizer: basinGrid.logNormalizer,
                                           odeSteps: parameters.int("ode-steps"),
                                           estimator: parameters.string("divergence") == "exact" ? .exact : .hutchinson(probes: 1))
        let densities = system.isPeriodic ? (model: [], exact: [], correlation: Double.nan, meanError: Double.nan)
            : logDensities.evaluate(points: points, count: parameters.int("log-density-samples"), seed: seed)
        try context.checkCancellation()

        let steps = parameters.int("metropolis-steps")
        let (chain, metropolisCPU) = ProcessCPUClock.time {
            system.metropolisChain(start: basinGrid.basinMinima[0], steps: steps, thinning: max(1, steps / 200_000), seed: seed &+ 99,
                                   shouldStop: { context.isCancelled })
        }
        try context.checkCancellation()
        let coordinateTau = chain.autocorrelationSteps, basinTau = chain.basinAutocorrelationSteps(grid: basinGrid)
        let tau = max(coordinateTau, basinTau)
        let diffusion = GridComparison(points: points, metricGrid: metricGrid, basinGrid: basinGrid, coverageThreshold: threshold)
        let reference = GridComparison(points: chain.points, metricGrid: metricGrid, basinGrid: basinGrid, coverageThreshold: threshold)
        let exactDraws = GridComparison(points: metricGrid.draw(count: n, seed: seed &+ 7), metricGrid: metricGrid, basinGrid: basinGrid,
                                   coverageThreshold: threshold)
        let diffusionRate = Double(n) / samplingCPU, metropolisRate = Double(chain.steps) / tau / metropolisCPU

        var metrics = [
            ResultMetric("js_divergence", diffusion.jensenShannon, unit: "nat", summary: "Jensen–Shannon divergence of the samples from the exact density, \(metricGrid.bins)x\(metricGrid.bins) grid"),
            ResultMetric("kl_divergence", diffusion.kullbackLeibler, unit: "nat", summary: "KL(samples ‖ exact) on the grid"),
            ResultMetric("metropolis_js_divergence", reference.jensenShannon, unit: "nat", summary: "JS of the Metropolis reference run from the exact density, same grid"),
            ResultMetric("exact_draws_js_divergence", exactDraws.jensenShannon, unit: "nat", summary: "JS of \(n) exact independent draws from the exact density: the finite-sample floor"),
            ResultMetric("exact_draws_kl_divergence", exactDraws.kullbackLeibler, unit: "nat", summary: "KL of the same exact draws"),
            ResultMetric("exact_draws_grid_f1", exactDraws.coverage.f1, unit: "1", summary: "DiG grid F1 of the same exact draws"),
            ResultMetric("grid_accuracy", diffusion.coverage.accuracy, unit: "1", summary: "DiG grid accuracy (occupied at p >= \(threshold))"),
            ResultMetric("grid_precision", diffusion.coverage.precision, unit: "1", summary: "DiG grid precision"),
            ResultMetric("grid_recall", diffusion.coverage.recall, unit: "1", summary: "DiG grid recall"),
            ResultMetric("grid_f1", diffusion.coverage.f1, unit: "1", summary: "DiG grid F1"),
            ResultMetric("fraction_outside", diffusion.histogram.fractionOutside, unit: "1", summary: "samples outside the system's domain"),
            ResultMetric("samples_per_cpu_second", diffusionRate, unit: "samples/s", summary: "independent diffusion samples per CPU-second (\(plan.evaluationsPerSample) network calls each)"),
            ResultMetric("metropolis_effective_per_cpu_second", metropolisRate, unit: "samples/s", summary: "Metropolis effective samples per CPU-second, same run"),
            ResultMetric("speedup_vs_metropolis", diffusionRate / metropolisRate, unit: "1", summary: "ratio of the two rates (target >= 100)"),
            ResultMetric("metropolis_autocorrelation_steps", tau, unit: "step", summary: "integrated autocorrelation time used for the rate: the larger of the next two"),
            ResultMetric("metropolis_coordinate_autocorrelation_steps", coordinateTau, unit: "step", summary: "integrated autocorrelation time, max over the coordinates"),
            ResultMetric("metropolis_basin_autocorrelation_steps", basinTau, unit: "step", summary: "integrated autocorrelation time, max over the indicators of basins holding >= 1 % of the mass"),
            ResultMetric("metropolis_acceptance", chain.acceptance, unit: "1", summary: "accepted proposal fraction"),
            ResultMetric("sampling_cpu_seconds", samplingCPU, unit: "s", summary: "CPU time of drawing the diffusion samples"),
            ResultMetric("metropolis_cpu_seconds", metropolisCPU, unit: "s", summary: "CPU time of the Metropolis run"),
        ]
        if !system.isPeriodic {
            metrics += [
                ResultMetric("log_density_correlation", densities.correlation, unit: "1", summary: "Pearson r of ODE log-densities with exact ones, \(densities.model.count) samples"),
                ResultMetric("log_density_mean_error", densities.meanError, unit: "nat", summary: "mean (ODE − exact) log-density"),
            ]
        }
        let regions = system.regions
        let regionExact = NamedRegion.populations(regions, cellProbabilities: basinGrid.probabilities, grid: basinGrid)
        let regionModel = NamedRegion.populations(regions, cellProbabilities: SampleHistogram(points: points, grid: basinGrid).probabilities, grid: basinGrid)
        let regionMetropolis = NamedRegion.populations(regions, cellProbabilities: SampleHistogram(points: chain.points, grid: basinGrid).probabilities, grid: basinGrid)
        for (k, region) in regions.enumerated() {
            metrics += [
                ResultMetric("\(region.name)_population", regionModel[k], unit: "1", summary: "diffusion samples in \(region.summary)"),
                ResultMetric("\(region.name)_exact", regionExact[k], unit: "1", summary: "exact population of that region"),
                ResultMetric("\(region.name)_metropolis", regionMetropolis[k], unit: "1", summary: "Metropolis population of that region"),
            ]
        }
        if !regions.isEmpty {
            let worstRegion = zip(regionModel, regionExact).map { abs($0 - $1) }.max()!
            metrics.append(ResultMetric("region_population_max_error", 100 * worstRegion, unit: "percentage point", summary: "largest |diffusion − exact| region population"))
        }
        let exact = basinGrid.basinPopulations
        var worst = 0.0
        for (k, centre) in basinGrid.basinMinima.enumerated() {
            let at = String(format: "(%.2f, %.2f)", centre.x, centre.y)
            worst = max(worst, abs(diffusion.basinPopulations[k] - exact[k]))
            metrics += [
                ResultMetric("basin\(k + 1)_population", diffusion.basinPopulations[k], unit: "1", summary: "diffusion samples in the basin of the minimum near \(at)"),
                ResultMetric("basin\(k + 1)_exact", exact[k], unit: "1", summary: "exact population of that basin"),
                ResultMetric("basin\(k + 1)_metropolis", reference.basinPopulations[k], unit: "1", summary: "Metropolis population of that basin"),
            ]
        }
        metrics.append(ResultMetric("basin_population_max_error", 100 * worst, unit: "percentage point", summary: "largest |diffusion − exact| basin population"))
        let bins = metricGrid.bins
        var arrays = [
            ResultArray(name: "samples", shape: [n, 2], storage: .float64(points), unit: "1", summary: "diffusion samples (x, y) in system units", dimensionNames: ["sample", "coordinate"]),
            ResultArray(name: "histogram", shape: [bins, bins], storage: .float64(diffusion.histogram.probabilities), unit: "1", summary: "fraction of samples per cell", dimensionNames: ["x", "y"]),
            ResultArray(name: "exact_histogram", shape: [bins, bins], storage: .float64(metricGrid.probabilities), unit: "1", summary: "exact probability per cell", dimensionNames: ["x", "y"]),
            ResultArray(name: "metropolis_histogram", shape: [bins, bins], storage: .float64(reference.histogram.probabilities), unit: "1", summary: "Metropolis fraction per cell", dimensionNames: ["x", "y"]),
            ResultArray(name: "x", shape: [bins], storage: .float64(metricGrid.xCentres), unit: "1", summary: "cell centres along x", dimensionNames: ["x"]),
            ResultArray(name: "y", shape: [bins], storage: .float64(metricGrid.yCentres), unit: "1", summary: "cell centres along y", dimensionNames: ["y"]),
        ]
        if !system.isPeriodic {
            arrays += [
                ResultArray(name: "log_density", shape: [densities.model.count], storage: .float64(densities.model), unit: "nat", summary: "ODE log-density of the first in-domain samples"),
                ResultArray(name: "exact_log_density", shape: [densities.exact.count], storage: .float64(densities.exact), unit: "nat", summary: "exact log-density −u − ln Z of the same samples"),
            ]
        }
        return JobResult(job: self, startedAt: started, finishedAt: Date(), samples: context.allSamples, metrics: metrics, arrays: arrays)
    }
}
