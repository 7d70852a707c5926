import Foundation

/// Adam (Kingma and Ba 2015): per-parameter steps from bias-corrected running means of the
/// gradient (m) and of its square (v).
///
/// θ ← θ − η m̂ / (√v̂ + ε), m̂ = m / (1 − β₁ᵗ), v̂ = v / (1 − β₂ᵗ) after t steps.
public struct AdamOptimizer: Sendable {
    /// Step size η (in the parameters' units per unit of normalised gradient).
    public var learningRate: Double
    /// Decay β₁ of the gradient mean.
    public let beta1: Double
    /// Decay β₂ of the squared-gradient mean.
    public let beta2: Double
    /// ε guarding the division.
    public let epsilon: Double
    /// Steps taken so far (t).
    public private(set) var steps = 0
    private var m: [Double]
    private var v: [Double]

    /// An optimizer for `parameterCount` parameters. - Precondition: 0 ≤ β < 1, η > 0, ε > 0.
    public init(parameterCount: Int, learningRate: Double = 1e-3, beta1: Double = 0.9, beta2: Double = 0.999,
                epsilon: Double = 1e-8) {
        precondition(learningRate > 0 && epsilon > 0 && (0..<1).contains(beta1) && (0..<1).contains(beta2),
                     "AdamOptimizer: learning rate and epsilon > 0, betas in [0, 1)")
        self.learningRate = learningRate
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        m = Array(repeating: 0, count: parameterCount)
        v = Array(repeating: 0, count: parameterCount)
    }

    /// Takes one step on `parameters` along `gradient` (∂loss/∂parameters).
    /// - Precondition: both have the `parameterCount` given at creation.
    public mutating func step(_ parameters: inout [Double], gradient: [Double]) {
        precondition(parameters.count == m.count && gradient.count == m.count, "AdamOptimizer: parameter count changed")
        steps += 1
        let c1 = 1 / (1 - Foundation.pow(beta1, Double(steps))), c2 = 1 / (1 - Foundation.pow(beta2, Double(steps)))
        for i in 0..<m.count {
            let g = gradient[i]
            m[i] = beta1 * m[i] + (1 - beta1) * g
            v[i] = beta2 * v[i] + (1 - beta2) * g * g
            parameters[i] -= learningRate * (m[i] * c1) / ((v[i] * c2).squareRoot() + epsilon)
        }
    }
}
