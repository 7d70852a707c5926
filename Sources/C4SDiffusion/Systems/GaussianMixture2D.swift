import Foundation

/// A 2-D mixture of Gaussians with unequal weights, p(x) = Σ_k w_k N(x; μ_k, Σ_k), as an
/// equilibrium system with u = −ln p (k_BT = 1), so its normalisation is known exactly.
///
/// The standard mixture: weights (0.6, 0.3, 0.1); means (−1.5, −1), (1.5, −0.5), (0, 1.5);
/// covariances [[0.30, 0.12], [0.12, 0.20]], [[0.15, −0.05], [−0.05, 0.25]], [[0.10, 0], [0, 0.10]].
public struct GaussianMixture2D: EquilibriumSystem {
    /// Component weights (positive, summing to 1).
    public let weights: [Double]
    /// Component means.
    public let means: [SIMD2<Double>]
    /// Component covariances as (σ_xx, σ_xy, σ_yy).
    public let covariances: [SIMD3<Double>]

    /// The standard mixture described above.
    public init() {
        weights = [0.6, 0.3, 0.1]
        means = [SIMD2(-1.5, -1), SIMD2(1.5, -0.5), SIMD2(0, 1.5)]
        covariances = [SIMD3(0.30, 0.12, 0.20), SIMD3(0.15, -0.05, 0.25), SIMD3(0.10, 0, 0.10)]
    }

    public var id: String { "gaussian-mixture" }
    public var summary: String { "2-D mixture of three Gaussians with weights 0.6, 0.3, 0.1 (k_BT = 1, u = −ln p)" }
    public var domain: PlaneDomain { PlaneDomain(x: -4...4, y: -3.5...3.5) }
    public var metropolisStepSize: Double { 0.8 }

    /// The mixture density and its gradient at p.
    private func densityAndGradient(_ p: SIMD2<Double>) -> (Double, SIMD2<Double>) {
        var density = 0.0, gradient = SIMD2<Double>(0, 0)
        for k in 0..<weights.count {
            let s = covariances[k], det = s.x * s.z - s.y * s.y, d = p - means[k]
            let solved = SIMD2(s.z * d.x - s.y * d.y, -s.y * d.x + s.x * d.y) / det  // Σ⁻¹ d
            let component = weights[k] * exp(-0.5 * (d.x * solved.x + d.y * solved.y)) / (2 * Double.pi * det.squareRoot())
            density += component
            gradient -= component * solved
        }
        return (density, gradient)
    }

    /// p(x), normalised over the plane.
    public func density(_ p: SIMD2<Double>) -> Double { densityAndGradient(p).0 }

    public func reducedEnergy(_ p: SIMD2<Double>) -> Double { -log(density(p)) }

    public func reducedEnergyGradient(_ p: SIMD2<Double>) -> SIMD2<Double> {
        let (density, gradient) = densityAndGradient(p)
        return -gradient / density
    }
}
