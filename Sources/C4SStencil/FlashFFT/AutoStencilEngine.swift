import C4SSpectral

/// Picks, per problem, whichever of `flashfft` (its best plan) and the direct engines (`vectorized`,
/// `convstencil`, `lorastencil`) the cost model predicts to be fastest, from rates measured on this machine
/// (`StencilMachineRates`), and runs it.
///
/// Facts: the chosen engine's facts, plus `auto_chose_flashfft` (1 or 0), `predicted_seconds_flashfft` and
/// `predicted_seconds_<engine>` for each direct engine.
public struct AutoStencilEngine: StencilEngine {
    /// Passed to the chosen engine (steps per fused chunk, temporal block or fused kernel); 0 for defaults.
    public let fusion: Int
    /// FFTW planning effort for `flashfft` and the calibration.
    public let effort: FFTPlanningEffort

    /// Creates the engine.
    public init(fusion: Int = 0, effort: FFTPlanningEffort = .measure) {
        self.fusion = fusion
        self.effort = effort
    }

    /// The chosen engine for `problem` and the predicted seconds of every alternative, by engine name.
    /// - Throws: `SpectralError` when FFTW cannot plan the calibration.
    public func choice(for problem: StencilProblem) throws -> (kind: StencilEngineKind, predictedSeconds: [String: Double]) {
        FlashFFTCostModel(rates: try StencilMachineRates.rates(for: problem, effort: effort)).choice(for: problem, fusion: fusion)
    }

    /// Runs the chosen engine; reports as it does.
    public func run(_ problem: StencilProblem, progress: (StencilProgress) throws -> Void) throws -> StencilOutcome {
        let (kind, predicted) = try choice(for: problem)
        let engine: any StencilEngine = kind == .flashfft ? FlashFFTEngine(fusion: fusion, effort: effort) : kind.engine(fusion: fusion)
        let outcome = try engine.run(problem, progress: progress)
        var facts = outcome.facts
        facts["auto_chose_flashfft"] = kind == .flashfft ? 1 : 0
        for (name, seconds) in predicted { facts["predicted_seconds_\(name)"] = seconds }
        return StencilOutcome(grid: outcome.grid, seconds: outcome.seconds, sweeps: outcome.sweeps,
                              flopsPerPointStep: outcome.flopsPerPointStep, facts: facts)
    }
}
