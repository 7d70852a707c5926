import C4SCore

/// LoRAStencil on CPUs: the kernel is decomposed into rank-1 separable terms (`LowRankDecomposition`) and each
/// step applies every term to each interior line as a vertical pass (weighted sum of whole padded lines into a
/// per-thread line buffer, which is then reused by all x offsets) followed by a horizontal pass along x.
///
/// Facts: `rank` (number of terms), `truncation_error` (relative, max norm).
public struct LoRAStencilEngine: StencilEngine {
    /// Creates the engine.
    public init() {}

    /// Runs all steps; reports after every step.
    public func run(_ problem: StencilProblem, progress: (StencilProgress) throws -> Void) throws -> StencilOutcome {
        let decomposition = LowRankDecomposition(kernel: problem.kernel)
        let layout = PaddedLayout(dims: problem.grid.dims, halo: problem.kernel.radius)
        let plan = LoRAPlan(decomposition: decomposition, layout: layout, workers: problem.threads)
        let (grid, seconds) = try LineSweep(layout: layout).run(problem, progress: progress) { src, dst, line, xs, worker in
            plan.apply(src: src, dst: dst, line: line, xs: xs, scratch: plan.scratch[worker].pointer)
        }
        return StencilOutcome(
            grid: grid, seconds: seconds,
            sweeps: problem.steps, flopsPerPointStep: decomposition.terms.reduce(0) { $0 + $1.flopsPerPoint },
            facts: ["rank": Double(decomposition.rank), "truncation_error": decomposition.truncationError])
    }
}

/// The decomposition as flat offsets in a padded layout, plus one line buffer per worker.
struct LoRAPlan: Sendable {
    /// Per term: flat line offsets and weights of the vertical pass (empty when purely along x).
    let lineOffsets: [AlignedBuffer<Int>]
    /// Per term: weights of the vertical pass.
    let lineWeights: [AlignedBuffer<Double>]
    /// Per term: x offsets of the horizontal pass.
    let xOffsets: [AlignedBuffer<Int>]
    /// Per term: weights of the horizontal pass.
    let xWeights: [AlignedBuffer<Double>]
    /// One padded line (px elements) per worker.
    let scratch: [AlignedBuffer<Double>]
    /// The grid's layout.
    let layout: PaddedLayout

    init(decomposition: LowRankDecomposition, layout: PaddedLayout, workers: Int) {
        self.layout = layout
        let terms = decomposition.terms
        lineOffsets = terms.map { t in AlignedBuffer(copying: t.isPurelyAlongX ? [] : t.lines.map { layout.offset(dz: $0.dz, dy: $0.dy, dx: 0) }) }
        lineWeights = terms.map { t in AlignedBuffer(copying: t.isPurelyAlongX ? [] : t.lines.map(\.weight)) }
        xOffsets = terms.map { t in AlignedBuffer(copying: t.xWeights.map(\.dx)) }
        xWeights = terms.map { t in AlignedBuffer(copying: t.xWeights.map(\.weight)) }
        scratch = (0..<workers).map { _ in AlignedBuffer(count: layout.px, repeating: 0.0) }
    }

    /// Computes interior points `xs` of line `line` of `dst` from `src` (halo filled), using `scratch` (px elements).
    func apply(src: UnsafeMutablePointer<Double>, dst: UnsafeMutablePointer<Double>, line: Int, xs: Range<Int>,
               scratch: UnsafeMutablePointer<Double>) {
        let hx = layout.hx
        let start = layout.lineStart(line) + xs.lowerBound
        let out = dst + start
        out.update(repeating: 0, count: xs.count)
        for term in 0..<xOffsets.count {
            let rowBase: UnsafePointer<Double>
            if lineOffsets[term].count == 0 {
                rowBase = UnsafePointer(src + start - hx)
            } else {
                SIMDLineKernel.apply(src: src + start - hx, dst: scratch, count: xs.count + 2 * hx, offsets: lineOffsets[term].pointer,
                                     weights: lineWeights[term].pointer, taps: lineOffsets[term].count)
                rowBase = UnsafePointer(scratch)
            }
            SIMDLineKernel.accumulate(src: rowBase + hx, dst: out, count: xs.count, offsets: xOffsets[term].pointer,
                                      weights: xWeights[term].pointer, taps: xOffsets[term].count)
        }
    }
}
