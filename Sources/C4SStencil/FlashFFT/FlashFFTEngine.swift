import C4SCore
import C4SSpectral

/// FlashFFTStencil on CPUs: T steps of a linear stencil fused into one application of the T-fold kernel
/// (radius r·T), computed with FFTW.
///
/// Periodic boundaries: the whole grid is transformed (r2c), multiplied by the kernel's spectrum to the power
/// T (`KernelSpectrum`, binary exponentiation) and transformed back (c2r). Dirichlet boundaries: T is split into
/// chunks of F fused steps; in each chunk the interior (points at least r·F from every edge) is the free-space
/// F-fold convolution by overlap-save tiles (`OverlapSaveTiles`) and the band next to the edges is stepped
/// directly (`DirichletBands`), so the result equals the reference; a chunk whose grid has a side ≤ 2·r·F has no
/// interior and is stepped directly (vectorized engine) on the whole grid. Tiles, slabs and the two grids are made
/// once per run, not per chunk.
///
/// The plan (fusion depth, chunks, tile) comes from `FlashFFTCostModel` unless fixed here. Accuracy against the
/// reference: within 1e-9 absolute + 1e-9 relative for T up to 1000 (the power's rounding grows like T·2^-52).
///
/// Facts: `fused_steps`, `chunks`, `tile_z`/`tile_y`/`tile_x` (FFT sides, the grid's axes), `predicted_seconds`
/// and `predicted_seconds_direct` (the cost model's forecast for this plan and for the fastest direct engine;
/// absent when fusion and tile are both fixed); Dirichlet: `interior_seconds` and `band_seconds` (measured time
/// of the tiles and of the boundary slabs) and `predicted_interior_seconds`, `predicted_band_seconds`.
public struct FlashFFTEngine: StencilEngine {
    /// Steps fused per chunk; 0 lets the cost model choose (all steps at once for periodic boundaries).
    public let fusion: Int
    /// Tile side for Dirichlet boundaries (per axis, capped at the grid side); 0 lets the cost model choose.
    public let tile: Int
    /// FFTW planning effort of the transforms (plans are cached process-wide).
    public let effort: FFTPlanningEffort

    /// Creates the engine. - Parameters: fusion, tile: 0 for the cost model's choice; effort: FFTW planning effort.
    public init(fusion: Int = 0, tile: Int = 0, effort: FFTPlanningEffort = .measure) {
        self.fusion = fusion
        self.tile = tile
        self.effort = effort
    }

    /// The plan for `problem`: with both `fusion` and `tile` fixed (or fusion fixed with periodic boundaries)
    /// no calibration runs and the plan has no prediction; otherwise the cost model's best plan.
    /// - Throws: `SpectralError` when FFTW cannot plan the calibration.
    public func plan(for problem: StencilProblem) throws -> (plan: FlashFFTPlan, model: FlashFFTCostModel?) {
        let fixed = fusion > 0 && (tile > 0 || problem.boundary == .periodic)
        if fixed {
            let f = min(fusion, problem.steps), chunks = FlashFFTPlan.chunks(steps: problem.steps, fused: f)
            let fused = (problem.steps + chunks - 1) / chunks, h = problem.kernel.radius * fused
            let sides = problem.boundary == .periodic ? problem.grid.dims : problem.grid.dims.map { min($0, max(tile, 2 * h + 1)) }
            return (FlashFFTPlan(fusedSteps: fused, chunks: chunks, tile: sides, predictedSeconds: nil), nil)
        }
        let model = FlashFFTCostModel(rates: try StencilMachineRates.rates(for: problem, effort: effort))
        return (model.bestPlan(for: problem, fusion: fusion, tile: tile), model)
    }

    /// Runs all steps; reports after every chunk.
    /// - Throws: `SpectralError` when FFTW cannot plan a size, or what `progress` throws.
    public func run(_ problem: StencilProblem, progress: (StencilProgress) throws -> Void) throws -> StencilOutcome {
        let (plan, model) = try plan(for: problem)
        let lengths = FlashFFTPlan.chunkLengths(steps: problem.steps, chunks: plan.chunks)
        var facts: [String: Double] = ["fused_steps": Double(plan.fusedSteps), "chunks": Double(plan.chunks)]
        let values: [Double], seconds: Double
        if problem.boundary == .periodic {
            (values, seconds) = try runPeriodic(problem, lengths: lengths, progress: progress)
        } else {
            let run = try runDirichlet(problem, lengths: lengths, tile: plan.tile, progress: progress)
            (values, seconds) = (run.values, run.seconds)
            (facts["interior_seconds"], facts["band_seconds"]) = (run.interior, run.bands)
            if let model, plan.predictedSeconds != nil {
                let parts = model.dirichletParts(of: plan, for: problem)
                (facts["predicted_interior_seconds"], facts["predicted_band_seconds"]) = (parts.interior, parts.bands)
            }
        }
        for (name, side) in zip(["tile_z", "tile_y", "tile_x"].suffix(plan.tile.count), plan.tile) { facts[name] = Double(side) }
        if let predicted = plan.predictedSeconds, let model {
            facts["predicted_seconds"] = predicted
            facts["predicted_seconds_direct"] = model.directSeconds(points: problem.grid.values.count, steps: problem.steps)
        }
        return StencilOutcome(grid: try StencilGrid(dims: problem.grid.dims, values: values), seconds: seconds,
                              sweeps: plan.chunks, flopsPerPointStep: problem.kernel.flopsPerPoint, facts: facts)
    }

    private func runPeriodic(_ problem: StencilProblem, lengths: [Int],
                             progress: (StencilProgress) throws -> Void) throws -> (values: [Double], seconds: Double) {
        let propagator = try PeriodicSpectralPropagator(problem: problem, effort: effort)
        var done = 0, total = 0.0
        for steps in lengths {
            let seconds = WallClock.time { propagator.advance(steps: steps) }
            done += steps
            total += seconds
            try progress(StencilProgress(steps: steps, stepsDone: done, sweeps: 1, seconds: seconds))
        }
        return (Array(propagator.grid.buffer), total)
    }

    private func runDirichlet(_ problem: StencilProblem, lengths: [Int], tile: [Int], progress: (StencilProgress) throws -> Void)
        throws -> (values: [Double], seconds: Double, interior: Double, bands: Double) {
        guard case .dirichlet(let value) = problem.boundary else { preconditionFailure("runDirichlet needs a Dirichlet problem") }
        let dims = problem.grid.dims, r = problem.kernel.radius
        var parts: [Int: (tiles: OverlapSaveTiles, bands: DirichletBands)] = [:]
        for f in Set(lengths) where dims.allSatisfy({ $0 > 2 * r * f }) {
            parts[f] = (try OverlapSaveTiles(kernel: problem.kernel, dims: dims, tile: tile, steps: f, effort: effort, threads: problem.threads),
                        DirichletBands(kernel: problem.kernel, dims: dims, value: value, steps: f))
        }
        var grid = problem.grid.values, next = [Double](repeating: 0, count: grid.count)
        var done = 0, total = 0.0, interiorSeconds = 0.0, bandSeconds = 0.0
        for steps in lengths {
            var seconds = 0.0
            if let part = parts[steps] {
                let (tiles, bands) = part
                grid.withUnsafeBufferPointer { src in
                    next.withUnsafeMutableBufferPointer { dst in
                        let interior = WallClock.time { tiles.apply(src: src.baseAddress!, dst: dst.baseAddress!) }
                        let band = WallClock.time { bands.apply(src: src.baseAddress!, dst: dst.baseAddress!, threads: problem.threads) }
                        (interiorSeconds, bandSeconds, seconds) = (interiorSeconds + interior, bandSeconds + band, interior + band)
                    }
                }
            } else {
                let whole = try StencilProblem(grid: StencilGrid(dims: dims, values: grid), kernel: problem.kernel,
                                               boundary: problem.boundary, steps: steps, threads: problem.threads)
                let outcome = try VectorizedStencilEngine().run(whole) { _ in }
                next = outcome.grid.values
                seconds = outcome.seconds
            }
            swap(&grid, &next)
            done += steps
            total += seconds
            try progress(StencilProgress(steps: steps, stepsDone: done, sweeps: 1, seconds: seconds))
        }
        return (grid, total, interiorSeconds, bandSeconds)
    }
}
