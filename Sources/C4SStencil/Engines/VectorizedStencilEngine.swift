import C4SCore
import CStencilStream

/// SIMD stencil over padded ping-pong buffers, in the spirit of Jigsaw: lines are computed sixteen points at a
/// time in AVX2-wide accumulators (`SIMDLineKernel`), split over the worker threads.
///
/// With temporal blocking (depth d > 1) each pass over memory advances d steps: wavefronts over planes of tiles for
/// 2-D and 3-D grids (`WavefrontTiling`), overlapped chunks for 1-D grids (`ChunkTiling`), in per-worker scratch sized
/// for L2. With d = 1 each step fills the halo and sweeps the grid. Memory traffic per pass: one read and one write
/// of the grid (16 bytes per point, ideal caching). Grids of at least `streamingBytes` write with non-temporal stores
/// (`c4s_stencil_stream_line`, also the last level of a blocked pass), which saves the read-for-ownership of the
/// destination (24 → 16 bytes of traffic per point).
///
/// Facts: `temporal_block` (steps per pass over memory), `streaming_stores` (1 or 0).
public struct VectorizedStencilEngine: StencilEngine {
    /// Requested steps per temporal block; 0 picks the default (`TemporalPlan.depth`: up to 8, as scratch allows).
    public let temporalBlock: Int

    /// Scratch bytes per worker for temporal blocking (tiles shrink to fit, down to one line or chunk).
    public let tileBytes: Int

    /// Bytes of one padded grid buffer from which stores to the grid are non-temporal.
    public let streamingBytes: Int

    /// Creates the engine.
    /// - Parameters:
    ///   - temporalBlock: steps per pass over memory, 0 for the default.
    ///   - tileBytes: scratch per worker for temporal blocking (default 1.75 MiB: within this machine's 2 MiB L2).
    ///   - streamingBytes: grid buffer size from which stores to the grid stream past the caches
    ///     (default 64 MiB, beyond what the caches can keep between sweeps).
    public init(temporalBlock: Int = 0, tileBytes: Int = 1_835_008, streamingBytes: Int = 64 << 20) {
        self.temporalBlock = temporalBlock
        self.tileBytes = tileBytes
        self.streamingBytes = streamingBytes
    }

    /// The temporal block depth used for `problem` (1 for radius-0 kernels, at most the steps).
    public func effectiveDepth(for problem: StencilProblem) -> Int {
        TemporalPlan.depth(for: problem, layout: PaddedLayout(dims: problem.grid.dims, halo: problem.kernel.radius),
                           requested: temporalBlock, budgetBytes: tileBytes)
    }

    /// Runs all steps; reports after every pass over memory.
    public func run(_ problem: StencilProblem, progress: (StencilProgress) throws -> Void) throws -> StencilOutcome {
        let layout = PaddedLayout(dims: problem.grid.dims, halo: problem.kernel.radius)
        let depth = effectiveDepth(for: problem)
        let streaming = layout.count * MemoryLayout<Double>.stride >= streamingBytes
        if depth > 1 {
            let tiling = TemporalPlan.tiling(for: problem, layout: layout, depth: depth, budgetBytes: tileBytes)
            let op = TapLineOperator(kernel: problem.kernel, tiling: tiling, streaming: streaming)
            let (grid, seconds, sweeps) = try TemporalPlan.run(problem, layout: layout, tiling: tiling, depth: depth, op: op, progress: progress)
            return StencilOutcome(grid: grid, seconds: seconds, sweeps: sweeps, flopsPerPointStep: problem.kernel.flopsPerPoint,
                                  facts: ["temporal_block": Double(depth), "streaming_stores": streaming ? 1 : 0])
        }
        let taps = TapTable(kernel: problem.kernel, layout: layout)
        let (grid, seconds) = try LineSweep(layout: layout).run(problem, progress: progress) { src, dst, line, xs, _ in
            let start = layout.lineStart(line) + xs.lowerBound
            if streaming {
                c4s_stencil_stream_line(src + start, dst + start, xs.count, taps.offsets.pointer, taps.weights.pointer, taps.count)
            } else {
                SIMDLineKernel.apply(src: src + start, dst: dst + start, count: xs.count,
                                     offsets: taps.offsets.pointer, weights: taps.weights.pointer, taps: taps.count)
            }
        }
        return StencilOutcome(grid: grid, seconds: seconds, sweeps: problem.steps, flopsPerPointStep: problem.kernel.flopsPerPoint,
                              facts: ["temporal_block": 1, "streaming_stores": streaming ? 1 : 0])
    }
}
