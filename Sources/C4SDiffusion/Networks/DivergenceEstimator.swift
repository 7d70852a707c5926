/// How the divergence of a vector field is computed.
public enum DivergenceEstimator: Sendable, Equatable {
    /// Σ_k ∂f_k/∂x_k from D back-propagations with unit cotangents (exact to rounding).
    case exact
    /// Hutchinson's estimate mean over `probes` Rademacher vectors v of vᵀ(∂f/∂x)v (unbiased).
    case hutchinson(probes: Int)
}
