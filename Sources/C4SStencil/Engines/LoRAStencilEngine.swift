import C4SCore

/// LoRAStencil on CPUs: the kernel is decomposed into rank-1 separable terms (`LowRankDecomposition`) and each
/// line is computed term by term as a vertical pass (weighted sum of whole lines into a per-thread line buffer,
/// which is then reused by all x offsets) followed by a horizontal pass along x. Peeled ring-constant 2-D kernels
/// (nested all-ones boxes) use `NestedBoxKernel`, whose passes are plain sums. Lines are computed inside the same
/// temporal blocking as the vectorized engine (`TemporalPlan`): several steps per pass over memory.
///
/// Facts: `rank` (number of terms), `truncation_error` (relative, max norm), `temporal_block` (steps per pass),
/// `nested_boxes` (1 when `NestedBoxKernel` is used).
public struct LoRAStencilEngine: StencilEngine {
    /// Requested steps per temporal block; 0 picks the default (`TemporalPlan.depth`).
    public let temporalBlock: Int
    /// Scratch bytes per worker for temporal blocking.
    public let tileBytes: Int

    /// Creates the engine. - Parameters: `temporalBlock`: steps per pass, 0 for the default; `tileBytes`: scratch per
    /// worker (default 1.75 MiB, within this machine's 2 MiB L2).
    public init(temporalBlock: Int = 0, tileBytes: Int = 1_835_008) {
        self.temporalBlock = temporalBlock
        self.tileBytes = tileBytes
    }

    /// Runs all steps; reports after every pass over memory.
    public func run(_ problem: StencilProblem, progress: (StencilProgress) throws -> Void) throws -> StencilOutcome {
        let decomposition = LowRankDecomposition(kernel: problem.kernel)
        let layout = PaddedLayout(dims: problem.grid.dims, halo: problem.kernel.radius)
        let depth = TemporalPlan.depth(for: problem, layout: layout, requested: temporalBlock, budgetBytes: tileBytes)
        let tiling = TemporalPlan.tiling(for: problem, layout: layout, depth: depth, budgetBytes: tileBytes)
        let op = LoRALineOperator(decomposition: decomposition, tiling: tiling, halo: layout.hx, lineLength: layout.nx, workers: problem.threads)
        let (grid, seconds, sweeps) = try TemporalPlan.run(problem, layout: layout, tiling: tiling, depth: depth, op: op, progress: progress)
        return StencilOutcome(
            grid: grid, seconds: seconds, sweeps: sweeps, flopsPerPointStep: op.flopsPerPoint,
            facts: ["rank": Double(decomposition.rank), "truncation_error": decomposition.truncationError,
                    "temporal_block": Double(depth), "nested_boxes": op.boxWeights == nil ? 0 : 1])
    }
}

/// The decomposition as flat offsets for every ring slot of a temporal tiling, plus per-worker scratch.
struct LoRALineOperator: LineOperator {
    /// Per slot, per term: flat offsets of the vertical pass's lines (empty when purely along x).
    let lineOffsets: [[AlignedBuffer<Int>]]
    /// Per term: weights of the vertical pass.
    let lineWeights: [AlignedBuffer<Double>]
    /// Per term: x offsets of the horizontal pass.
    let xOffsets: [AlignedBuffer<Int>]
    /// Per term: weights of the horizontal pass.
    let xWeights: [AlignedBuffer<Double>]
    /// Box weights g_0...g_R when the terms are nested all-ones boxes (`NestedBoxKernel`), else nil.
    let boxWeights: AlignedBuffer<Double>?
    /// Per slot: offsets of the lines at dy = -R...R for `NestedBoxKernel`.
    let boxLines: [AlignedBuffer<Int>]
    /// Halo width along x of the source lines.
    let halo: Int
    /// Per worker scratch.
    let scratch: [AlignedBuffer<Double>]
    /// Flops per point as executed.
    let flopsPerPoint: Double

    /// Plans `decomposition` in `tiling`'s scratch layout for lines of `lineLength` points with an x halo of `halo`.
    init(decomposition: LowRankDecomposition, tiling: some TemporalTiling, halo: Int, lineLength: Int, workers: Int) {
        let terms = decomposition.terms
        lineOffsets = (0..<tiling.slots).map { slot in
            terms.map { t in
                AlignedBuffer(copying: t.isPurelyAlongX ? [] : t.lines.map { tiling.offset(dz: $0.dz, dy: $0.dy, dx: 0, slot: slot) })
            }
        }
        lineWeights = terms.map { t in AlignedBuffer(copying: t.isPurelyAlongX ? [] : t.lines.map(\.weight)) }
        xOffsets = terms.map { t in AlignedBuffer(copying: t.xWeights.map(\.dx)) }
        xWeights = terms.map { t in AlignedBuffer(copying: t.xWeights.map(\.weight)) }
        self.halo = halo
        let boxes = Self.nestedBoxes(terms)
        let r = max(0, (boxes?.count ?? 1) - 1)
        boxWeights = boxes.map { AlignedBuffer(copying: $0) }
        boxLines = (0..<tiling.slots).map { slot in AlignedBuffer(copying: (-r...r).map { tiling.offset(dz: 0, dy: $0, dx: 0, slot: slot) }) }
        let count = boxes == nil ? lineLength + 2 * halo : NestedBoxKernel.scratchCount(radius: r)
        scratch = (0..<workers).map { _ in AlignedBuffer(count: max(count, 1), repeating: 0.0) }
        flopsPerPoint = boxes == nil ? terms.reduce(0) { $0 + $1.flopsPerPoint } : Double(4 * r + r * (r + 1) + 1)
    }

    /// g_0...g_R if every term is `SeparableTerm.box` of a distinct radius (missing radii get 0), else nil.
    static func nestedBoxes(_ terms: [SeparableTerm]) -> [Double]? {
        var weights: [Int: Double] = [:]
        for t in terms {
            let k = t.xWeights.count / 2
            guard let w = t.lines.first?.weight, t == SeparableTerm.box(radius: k, weight: w), weights[k] == nil else { return nil }
            weights[k] = w
        }
        guard let top = weights.keys.max() else { return nil }
        return (0...top).map { weights[$0] ?? 0 }
    }

    func apply(src: UnsafePointer<Double>, dst: UnsafeMutablePointer<Double>, count: Int, slot: Int, worker: Int, last: Bool) {
        let buffer = scratch[worker].pointer
        if let boxes = boxWeights {
            NestedBoxKernel.apply(src: src, dst: dst, count: count, lines: boxLines[slot].pointer, weights: boxes.pointer,
                                  radius: boxes.count - 1, scratch: buffer)
            return
        }
        dst.update(repeating: 0, count: count)
        for term in 0..<xOffsets.count {
            let rowBase: UnsafePointer<Double>
            let lines = lineOffsets[slot][term]
            if lines.count == 0 {
                rowBase = src - halo
            } else {
                SIMDLineKernel.apply(src: src - halo, dst: buffer, count: count + 2 * halo, offsets: lines.pointer,
                                     weights: lineWeights[term].pointer, taps: lines.count)
                rowBase = UnsafePointer(buffer)
            }
            SIMDLineKernel.accumulate(src: rowBase + halo, dst: dst, count: count, offsets: xOffsets[term].pointer,
                                      weights: xWeights[term].pointer, taps: xOffsets[term].count)
        }
    }
}
