import C4SCore
import C4SLearn

/// Draws many samples from a `DiffusionModel` in chunks spread over threads; each chunk has its own
/// workspace and a random stream fixed by (seed, chunk index), so results do not depend on the
/// thread count. Returns points in system coordinates.
public struct ParallelSampling: Sendable {
    /// The model.
    public let model: DiffusionModel
    /// Ancestral or probability-flow (Heun or DPM-Solver).
    public let sampler: DiffusionSamplerKind
    /// Heun steps of the `ode` sampler.
    public let odeSteps: Int
    /// Steps of the `dpmSolver` sampler.
    public let solverSteps: Int
    /// Rows per chunk (one batched network evaluation each).
    public let chunkRows: Int

    /// A sampling plan. - Precondition: `odeSteps`, `solverSteps`, `chunkRows` >= 1.
    public init(model: DiffusionModel, sampler: DiffusionSamplerKind, odeSteps: Int, solverSteps: Int = 20, chunkRows: Int = 1024) {
        precondition(odeSteps >= 1 && solverSteps >= 1 && chunkRows >= 1, "ParallelSampling: odeSteps, solverSteps and chunkRows >= 1")
        self.model = model
        self.sampler = sampler
        self.odeSteps = odeSteps
        self.solverSteps = solverSteps
        self.chunkRows = chunkRows
    }

    /// Network evaluations per sample.
    public var evaluationsPerSample: Int {
        switch sampler {
        case .ddpm: model.schedule.steps
        case .ode: 2 * odeSteps
        case .dpmSolver: solverSteps
        }
    }

    /// `count` samples (count × D, system coordinates) on `threads` threads. `onChunk(rows, seconds)`
    /// is called from worker threads after each chunk; chunks not yet started when `isCancelled`
    /// turns true are skipped (their rows stay zero) and the caller should discard the result.
    public func draw(count: Int, seed: UInt64, threads: Int,
                     onChunk: @Sendable (Int, Double) -> Void, isCancelled: @Sendable () -> Bool) -> [Double] {
        let d = model.dimension, chunks = (count + chunkRows - 1) / chunkRows
        let output = AlignedBuffer<Double>(count: count * d, repeating: 0)
        ParallelFor.chunks(count: chunks, workers: threads) { _, range in
            let workspace = model.makeWorkspace(capacity: chunkRows)
            for chunk in range where !isCancelled() {
                let start = ContinuousClock.now
                let rows = min(chunkRows, count - chunk * chunkRows), x = output.pointer + chunk * chunkRows * d
                var random = Self.chunkRandom(seed: seed, chunk: chunk)
                switch sampler {
                case .ddpm: AncestralSampler.sample(model, rows: rows, into: x, workspace: workspace, random: &random)
                case .ode: ProbabilityFlowODE(steps: odeSteps).sample(model, rows: rows, into: x, workspace: workspace, random: &random)
                case .dpmSolver: DPMSolverSampler(steps: solverSteps).sample(model, rows: rows, into: x, workspace: workspace, random: &random)
                }
                onChunk(rows, WallClock.seconds(since: start))
            }
        }
        var points = Array(UnsafeBufferPointer(start: output.pointer, count: count * d))
        model.standardization.destandardize(&points)
        return points
    }

    /// The random stream of chunk `chunk`: seeded by a SplitMix64 output of (seed + chunk), so chunks
    /// start at unrelated points of the generator's cycle. (Seeding chunk c with seed + c·γ, γ being
    /// SplitMix64's own increment, would make its stream that of chunk 0 shifted by c draws: the
    /// chunks would share nearly all their noise and so their samples.)
    static func chunkRandom(seed: UInt64, chunk: Int) -> NormalRandom {
        var mixer = SplitMix64(seed: seed &+ UInt64(chunk))
        return NormalRandom(seed: mixer.next())
    }
}
