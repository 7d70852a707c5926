/// The result of an iterative solve.
public struct SolverOutcome: Sendable {
    /// The approximate solution (length = rows).
    public let solution: [Double]
    /// Iterations done (each does one product for CG, two for BiCGSTAB).
    public let iterations: Int
    /// Relative residual ‖b − A·x‖₂ / ‖b‖₂ after each iteration (recurrence value), iteration 1 first.
    public let residualHistory: [Double]
    /// True when the relative residual reached the tolerance.
    public let converged: Bool
    /// Sparse matrix-vector products done.
    public let products: Int

    /// Creates an outcome.
    public init(solution: [Double], iterations: Int, residualHistory: [Double], converged: Bool, products: Int) {
        self.solution = solution
        self.iterations = iterations
        self.residualHistory = residualHistory
        self.converged = converged
        self.products = products
    }

    /// The last relative residual (0 when no iteration was needed).
    public var finalResidual: Double { residualHistory.last ?? 0 }
}
