import C4SLearn

/// Probability-flow log-densities of samples of a 2-D system next to the exact ones, −u(x) − ln Z.
public struct DiffusionLogDensities: Sendable {
    /// The model.
    public let model: DiffusionModel
    /// The system whose exact density is compared.
    public let system: any EquilibriumSystem
    /// ln Z of the system's density over its domain.
    public let logNormalizer: Double
    /// Heun steps of the ODE.
    public let odeSteps: Int
    /// Divergence in the ODE.
    public let estimator: DivergenceEstimator

    /// Bundles the inputs. - Precondition: `odeSteps >= 1`.
    public init(model: DiffusionModel, system: any EquilibriumSystem, logNormalizer: Double, odeSteps: Int, estimator: DivergenceEstimator) {
        self.model = model
        self.system = system
        self.logNormalizer = logNormalizer
        self.odeSteps = odeSteps
        self.estimator = estimator
    }

    /// Log-densities (nats, system coordinates) of the first `count` in-domain points of `points`
    /// (rows × 2): the model's by the ODE, the exact ones, their correlation and mean difference.
    public func evaluate(points: [Double], count: Int, seed: UInt64) -> (model: [Double], exact: [Double], correlation: Double, meanError: Double) {
        let domain = system.domain
        var chosen = [Double](), exact = [Double]()
        for r in 0..<(points.count / 2) where chosen.count < 2 * count {
            let p = SIMD2(points[2 * r], points[2 * r + 1])
            guard domain.x.contains(p.x), domain.y.contains(p.y) else { continue }
            chosen += [p.x, p.y]
            exact.append(-system.reducedEnergy(p) - logNormalizer)
        }
        let rows = exact.count
        guard rows >= 2 else { return ([], [], 0, 0) }
        model.standardization.standardize(&chosen)
        var logDensity = [Double](repeating: 0, count: rows), random = NormalRandom(seed: seed &+ 0xd1)
        let chunk = 1024, workspace = model.makeWorkspace(capacity: chunk), ode = ProbabilityFlowODE(steps: odeSteps)
        chosen.withUnsafeBufferPointer { x in
            logDensity.withUnsafeMutableBufferPointer { out in
                for start in stride(from: 0, to: rows, by: chunk) {
                    ode.logDensity(model, of: x.baseAddress! + 2 * start, rows: min(chunk, rows - start), estimator: estimator,
                                   into: out.baseAddress! + start, workspace: workspace, random: &random)
                }
            }
        }
        let shifted = logDensity.map { $0 + model.standardization.logJacobian }
        let meanError = zip(shifted, exact).reduce(0) { $0 + $1.0 - $1.1 } / Double(rows)
        return (shifted, exact, PearsonCorrelation.coefficient(shifted, exact), meanError)
    }
}
