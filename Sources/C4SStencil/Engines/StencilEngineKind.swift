/// The engines by command-line name.
public enum StencilEngineKind: String, Sendable, CaseIterable {
    /// Plain loops over the unpadded grid: the oracle.
    case reference
    /// SIMD rows over padded buffers on all cores, with temporal blocking.
    case vectorized
    /// stencil2row layout and `cblas_dgemm`, with temporal kernel fusion.
    case convstencil
    /// Rank-1 terms of the weight matrix applied as separable passes.
    case lorastencil
    /// The plain C loop (-O3 -march=native) on the same layout and threads: the benchmarks' baseline.
    case cLoop = "c-loop"
    /// T steps fused into one FFT convolution (whole grid for periodic, overlap-save tiles plus direct bands for Dirichlet).
    case flashfft
    /// Whichever of flashfft and the direct engines the cost model predicts to be fastest for the problem.
    case auto

    /// An engine of this kind. `fusion`: steps fused into one kernel (`convstencil`) or per temporal block
    /// (`vectorized`, `lorastencil`) or per FFT chunk (`flashfft`, passed on by `auto`); 0 picks the engine's default; other engines ignore it.
    public func engine(fusion: Int = 0) -> any StencilEngine {
        switch self {
        case .reference: ReferenceStencilEngine()
        case .vectorized: VectorizedStencilEngine(temporalBlock: fusion)
        case .convstencil: ConvStencilEngine(fusion: fusion)
        case .lorastencil: LoRAStencilEngine(temporalBlock: fusion)
        case .cLoop: CBaselineStencilEngine()
        case .flashfft: FlashFFTEngine(fusion: fusion)
        case .auto: AutoStencilEngine(fusion: fusion)
        }
    }
}
