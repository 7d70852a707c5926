import C4SCore
import CStencilStream

/// SIMD stencil over padded ping-pong buffers, in the spirit of Jigsaw: lines are computed sixteen points at a
/// time in AVX2-wide accumulators (`SIMDLineKernel`), split over the worker threads.
///
/// With temporal blocking (depth d > 1, 2-D and 3-D grids) each pass over memory advances d steps on
/// cache-sized overlapped tiles (`TemporalTiling`); with d = 1 each step fills the halo and sweeps the grid.
/// Memory traffic per pass: one read and one write of the grid (16 bytes per point, ideal caching). Single sweeps
/// over grids of at least `streamingBytes` write with non-temporal stores (`c4s_stencil_stream_line`), which saves
/// the read-for-ownership of the destination (24 → 16 bytes of traffic per point).
///
/// Facts: `temporal_block` (steps per pass over memory), `streaming_stores` (1 or 0).
public struct VectorizedStencilEngine: StencilEngine {
    /// Requested steps per temporal block; 0 picks the default (4 for 2-D and 3-D grids, 1 for 1-D).
    public let temporalBlock: Int

    /// Scratch bytes per worker for a temporal tile's two buffers (tiles shrink to fit, down to a minimum size).
    public let tileBytes: Int

    /// Bytes of one padded grid buffer from which single sweeps use non-temporal stores.
    public let streamingBytes: Int

    /// Creates the engine.
    /// - Parameters:
    ///   - temporalBlock: steps per pass over memory, 0 for the default.
    ///   - tileBytes: scratch per worker for temporal tiles (default 16 MiB: in L3 on this machine).
    ///   - streamingBytes: grid buffer size from which single sweeps stream their stores past the caches
    ///     (default 64 MiB, beyond what the caches can keep between sweeps).
    public init(temporalBlock: Int = 0, tileBytes: Int = 16 << 20, streamingBytes: Int = 64 << 20) {
        self.temporalBlock = temporalBlock
        self.tileBytes = tileBytes
        self.streamingBytes = streamingBytes
    }

    /// The temporal block depth used for `problem` (1 for 1-D grids and radius-0 kernels, at most the steps).
    public func effectiveDepth(for problem: StencilProblem) -> Int {
        guard problem.kernel.rank >= 2, problem.kernel.radius > 0 else { return 1 }
        return max(1, min(temporalBlock > 0 ? temporalBlock : 4, problem.steps))
    }

    /// Runs all steps; reports after every step.
    public func run(_ problem: StencilProblem, progress: (StencilProgress) throws -> Void) throws -> StencilOutcome {
        let layout = PaddedLayout(dims: problem.grid.dims, halo: problem.kernel.radius)
        let depth = effectiveDepth(for: problem)
        if depth > 1 {
            let (src, dst) = LineSweep(layout: layout).buffers(for: problem)
            return try runBlocked(problem, layout: layout, src: src, dst: dst, depth: depth, progress: progress)
        }
        let taps = TapTable(kernel: problem.kernel, layout: layout)
        let streaming = layout.count * MemoryLayout<Double>.stride >= streamingBytes
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

    private func runBlocked(_ problem: StencilProblem, layout: PaddedLayout, src first: AlignedBuffer<Double>,
                            dst second: AlignedBuffer<Double>, depth: Int,
                            progress: (StencilProgress) throws -> Void) throws -> StencilOutcome {
        var (src, dst) = (first, second)
        let tiling = TemporalTiling(global: layout, radius: problem.kernel.radius, depth: depth, budgetBytes: tileBytes)
        let localTaps = TapTable(kernel: problem.kernel, layout: tiling.local)
        let scratch = (0..<problem.threads).map { _ in
            (AlignedBuffer<Double>(count: tiling.local.count, repeating: 0), AlignedBuffer<Double>(count: tiling.local.count, repeating: 0))
        }
        for (a, b) in scratch {
            tiling.local.fillHalo(a.pointer, boundary: problem.boundary)
            tiling.local.fillHalo(b.pointer, boundary: problem.boundary)
        }
        let clock = ContinuousClock()
        var total = 0.0, done = 0, sweeps = 0
        while done < problem.steps {
            let steps = min(depth, problem.steps - done)
            let (s, d) = (src, dst)
            let seconds = clock.measure {
                ParallelFor.chunks(count: tiling.tiles, workers: problem.threads) { chunk, tiles in
                    for tile in tiles {
                        tiling.advance(tile: tile, steps: steps, src: s.pointer, dst: d.pointer, a: scratch[chunk].0.pointer,
                                       b: scratch[chunk].1.pointer, boundary: problem.boundary, taps: localTaps)
                    }
                }
            }.seconds
            swap(&src, &dst)
            done += steps
            sweeps += 1
            total += seconds
            try progress(StencilProgress(steps: steps, stepsDone: done, sweeps: 1, seconds: seconds))
        }
        return StencilOutcome(grid: try StencilGrid(dims: problem.grid.dims, values: layout.store(src.pointer)),
                              seconds: total, sweeps: sweeps, flopsPerPointStep: problem.kernel.flopsPerPoint,
                              facts: ["temporal_block": Double(depth)])
    }
}
