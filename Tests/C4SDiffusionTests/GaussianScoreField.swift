import C4SLearn
@testable import C4SDiffusion

/// The exact noise field of data x₀ ~ N(0, diag(variances)) under the VP diffusion: the marginal at t
/// is N(0, diag(ᾱ v + σ²)), so ε = σ x / (ᾱ v + σ²) and ∇·ε = σ Σ 1/(ᾱ v_k + σ²).
struct GaussianScoreField: ScoreField {
    let variances: [Double]
    let schedule: NoiseSchedule
    var dimension: Int { variances.count }

    func makeWorkspace(capacity: Int) {}

    func marginalVariance(_ k: Int, _ t: Double) -> Double {
        schedule.alphaBar(t) * variances[k] + schedule.sigma(t) * schedule.sigma(t)
    }

    func predictNoise(_ x: UnsafePointer<Double>, rows: Int, time t: Double, into noise: UnsafeMutablePointer<Double>, workspace: Void) {
        let d = dimension
        for r in 0..<rows { for k in 0..<d { noise[r * d + k] = schedule.sigma(t) * x[r * d + k] / marginalVariance(k, t) } }
    }

    func predictNoiseAndDivergence(_ x: UnsafePointer<Double>, rows: Int, time t: Double, estimator: DivergenceEstimator,
                                   random: inout NormalRandom, noise: UnsafeMutablePointer<Double>,
                                   divergence: UnsafeMutablePointer<Double>, workspace: Void) {
        predictNoise(x, rows: rows, time: t, into: noise, workspace: ())
        let div = (0..<dimension).reduce(0) { $0 + schedule.sigma(t) / marginalVariance($1, t) }
        for r in 0..<rows { divergence[r] = div }
    }
}
