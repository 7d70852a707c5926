import C4SLearn

/// A noise-prediction field ε(x̃, t) of a VP diffusion in model coordinates, whose score is
/// s(x̃, t) = −ε(x̃, t)/σ(t). Samplers and the probability-flow log-density run on any such field:
/// a trained network, or an exact analytic one for checks.
public protocol ScoreField: Sendable {
    /// Per-thread buffers of one field evaluation.
    associatedtype Workspace
    /// Coordinates per point D.
    var dimension: Int { get }
    /// The noise schedule the field belongs to.
    var schedule: NoiseSchedule { get }
    /// A workspace for batches of up to `capacity` rows.
    func makeWorkspace(capacity: Int) -> Workspace
    /// ε at time `t` for `rows` points `x` (rows × D) into `noise` (rows × D).
    func predictNoise(_ x: UnsafePointer<Double>, rows: Int, time t: Double,
                      into noise: UnsafeMutablePointer<Double>, workspace: Workspace)
    /// ε as `predictNoise`, and the divergence ∇·ε per row into `divergence` (rows): exact, or
    /// Hutchinson's vᵀ(∂ε/∂x)v averaged over `probes` Rademacher v drawn from `random`.
    func predictNoiseAndDivergence(_ x: UnsafePointer<Double>, rows: Int, time t: Double,
                                   estimator: DivergenceEstimator, random: inout NormalRandom,
                                   noise: UnsafeMutablePointer<Double>, divergence: UnsafeMutablePointer<Double>,
                                   workspace: Workspace)
}
