import C4SCore
import CBLAS
import Foundation

/// ConvStencil on CPUs: temporal kernel fusion (F steps become one kernel of side F·(n-1)+1), then each
/// fused step is a set of small GEMMs over the stencil2row view of the grid (`ConvStencilPlan`), computed in
/// blocks of lines that stay in cache, split over the worker threads (OpenBLAS itself runs 1 thread each).
///
/// Fusion is exact only where the halo is updated like the interior, so it is used with periodic boundaries;
/// Dirichlet runs unfused. The default fusion keeps the fused 1-D/2-D kernel within side 7 (3 steps of a
/// 3-point kernel, as the paper does for Box-2D9P and Heat-2D) and is 1 for 3-D.
///
/// Facts: `fusion` (steps per fused kernel), `fused_side`, `gemm_flops_per_point` (per time step).
public struct ConvStencilEngine: StencilEngine {
    /// Requested steps per fused kernel; 0 picks the default.
    public let fusion: Int

    /// Creates the engine. - Parameter fusion: steps per fused kernel, 0 for the default.
    public init(fusion: Int = 0) {
        self.fusion = fusion
    }

    /// The fusion used for `problem`: 1 for Dirichlet, otherwise the request (or default) limited so the
    /// fused radius fits in every side and does not exceed the step count.
    public func effectiveFusion(for problem: StencilProblem) -> Int {
        guard case .periodic = problem.boundary, problem.kernel.radius > 0 else { return 1 }
        let k = problem.kernel
        let wanted = fusion > 0 ? fusion : (k.rank == 3 ? 1 : max(1, 6 / (k.side - 1)))
        let fits = (problem.grid.dims.min() ?? 1) / k.radius
        return max(1, min(wanted, fits, problem.steps))
    }

    /// Runs all steps; reports after every fused step.
    public func run(_ problem: StencilProblem, progress: (StencilProgress) throws -> Void) throws -> StencilOutcome {
        let f = effectiveFusion(for: problem)
        let full = problem.kernel.fused(steps: f)
        let layout = PaddedLayout(dims: problem.grid.dims, halo: full.radius)
        let plan = ConvStencilPlan(kernel: full, layout: layout)
        let rest = problem.steps % f
        let restPlan = rest > 0 ? ConvStencilPlan(kernel: problem.kernel.fused(steps: rest), layout: layout) : nil
        let b = max(plan.segment, restPlan?.segment ?? 0)
        let margin = 4 * b
        var src = AlignedBuffer<Double>(count: layout.count + margin, repeating: 0)
        var dst = AlignedBuffer<Double>(count: layout.count + margin, repeating: 0)
        layout.load(problem.grid.values, into: src.pointer)
        layout.fillHalo(dst.pointer, boundary: problem.boundary)
        let linesPerBlock = max(1, Self.blockPoints / layout.px)
        let pieces = (layout.nx + Self.blockPoints - 1) / Self.blockPoints
        let scratch = (0..<problem.threads).map { _ in
            AlignedBuffer<Double>(count: max(linesPerBlock * layout.px, Self.blockPoints) + 2 * b, repeating: 0)
        }
        BLASThreads.beginSingleThreaded()
        defer { BLASThreads.endSingleThreaded() }
        let clock = ContinuousClock()
        var total = 0.0, done = 0, sweeps = 0
        while done < problem.steps {
            let (s, d) = (src, dst)
            let current = done + f <= problem.steps ? plan : restPlan!
            let steps = done + f <= problem.steps ? f : rest
            let seconds = clock.measure {
                layout.fillHalo(s.pointer, boundary: problem.boundary)
                if pieces > 1 {
                    ParallelFor.chunks(count: layout.lines * pieces, workers: problem.threads) { chunk, items in
                        for item in items {
                            let xs = ParallelFor.range(of: item % pieces, count: layout.nx, chunks: pieces)
                            let start = layout.lineStart(item / pieces) + xs.lowerBound
                            Self.block(plan: current, src: s.pointer, dst: d.pointer, outputs: start..<(start + xs.count),
                                       copies: (first: start, count: 1, stride: 0, length: xs.count), scratch: scratch[chunk].pointer)
                        }
                    }
                } else {
                    ParallelFor.chunks(count: layout.lines, workers: problem.threads) { chunk, lines in
                        var first = lines.lowerBound
                        while first < lines.upperBound {
                            // A block stays within one z plane so that its flat run skips no halo planes.
                            let last = min(first + linesPerBlock, lines.upperBound, (first / layout.ny + 1) * layout.ny)
                            // Lines of one z plane lie px apart; the run covers them from the first to the end of the last.
                            let start = layout.lineStart(first), end = layout.lineStart(last - 1) + layout.nx
                            Self.block(plan: current, src: s.pointer, dst: d.pointer, outputs: start..<end,
                                       copies: (first: start, count: last - first, stride: layout.px, length: layout.nx),
                                       scratch: scratch[chunk].pointer)
                            first = last
                        }
                    }
                }
            }.seconds
            swap(&src, &dst)
            done += steps
            sweeps += 1
            total += seconds
            try progress(StencilProgress(steps: steps, stepsDone: done, sweeps: 1, seconds: seconds))
        }
        return StencilOutcome(
            grid: try StencilGrid(dims: problem.grid.dims, values: layout.store(src.pointer)), seconds: total,
            sweeps: sweeps, flopsPerPointStep: plan.flopsPerPoint / Double(f),
            facts: ["fusion": Double(f), "fused_side": Double(full.side), "gemm_flops_per_point": plan.flopsPerPoint / Double(f)])
    }

    /// Points per block of work: small enough for the block's input and output to stay in L2.
    private static let blockPoints = 16_384

    /// Computes the flat run `outputs` of `dst` into `scratch` and copies the interior points to `dst`:
    /// `copies.count` runs of `copies.length` points, the first at flat index `copies.first`, each
    /// `copies.stride` after the previous. Allocates nothing.
    private static func block(plan: ConvStencilPlan, src: UnsafeMutablePointer<Double>, dst: UnsafeMutablePointer<Double>,
                              outputs: Range<Int>, copies: (first: Int, count: Int, stride: Int, length: Int),
                              scratch: UnsafeMutablePointer<Double>) {
        let segments = (outputs.count + plan.segment - 1) / plan.segment
        plan.multiply(input: src + outputs.lowerBound, out: scratch, segments: segments)
        for k in 0..<copies.count {
            let start = copies.first + k * copies.stride
            (dst + start).update(from: scratch + (start - outputs.lowerBound), count: copies.length)
        }
    }
}
