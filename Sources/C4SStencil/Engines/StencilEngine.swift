/// A way of running a stencil problem. Every engine gives the same grid as `ReferenceStencilEngine`
/// within round-off (1e-12 relative in the max norm).
public protocol StencilEngine: Sendable {
    /// Runs all time steps. `progress` is called on the calling thread after each batch of steps;
    /// it may throw to stop the run (cancellation), and that error is rethrown.
    func run(_ problem: StencilProblem, progress: (StencilProgress) throws -> Void) throws -> StencilOutcome
}
