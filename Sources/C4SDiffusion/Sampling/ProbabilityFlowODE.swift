import C4SLearn
import Foundation

/// The probability-flow ODE of the VP diffusion, dx/dt = f(x, t) = −½β(t)(x + s(x, t)) with
/// s = −ε/σ(t), integrated by Heun's method (second order) on `steps` equal steps between t = 1 and
/// t_min = 1/N (the schedule's first step).
///
/// Sampling integrates from x(1) ~ N(0, I) down to t_min. The log-density integrates up from a
/// point x(t_min) and uses d log p_t(x_t)/dt = −∇·f: log p(x) = log N(x(1); 0, I) + ∫ ∇·f dt with
/// ∇·f = −½β(t)(D − ∇·ε/σ(t)), i.e. log p₀ = log p_simple(R₁) − ∫(β/2)∇·s dt − (D/2)∫β dt.
public struct ProbabilityFlowODE: Sendable {
    /// Heun steps between t_min and 1 (≥ 1); each costs two field evaluations.
    public let steps: Int

    /// An integrator with `steps` Heun steps. - Precondition: `steps >= 1`.
    public init(steps: Int) {
        precondition(steps >= 1, "ProbabilityFlowODE needs at least one step")
        self.steps = steps
    }

    /// f(x, t) per element from the predicted noise, into `velocity`.
    static func velocity(_ x: UnsafePointer<Double>, noise: UnsafePointer<Double>, count: Int, beta: Double, sigma: Double,
                         into velocity: UnsafeMutablePointer<Double>) {
        for i in 0..<count { velocity[i] = -0.5 * beta * (x[i] - noise[i] / sigma) }
    }

    /// Draws `rows` samples in model coordinates into `x` (rows × D) from x(1) ~ N(0, I).
    public func sample<Field: ScoreField>(_ field: Field, rows: Int, into x: UnsafeMutablePointer<Double>,
                                          workspace: Field.Workspace, random: inout NormalRandom) {
        let d = field.dimension, n = rows * d, schedule = field.schedule
        for i in 0..<n { x[i] = random.next() }
        let buffer = UnsafeMutablePointer<Double>.allocate(capacity: 4 * n)
        defer { buffer.deallocate() }
        let noise = buffer, k1 = buffer + n, k2 = buffer + 2 * n, trial = buffer + 3 * n
        let tMin = schedule.time(ofStep: 1), h = (tMin - 1) / Double(steps)
        for step in 0..<steps {
            let t0 = 1 + Double(step) * h, t1 = step == steps - 1 ? tMin : t0 + h
            field.predictNoise(x, rows: rows, time: t0, into: noise, workspace: workspace)
            Self.velocity(x, noise: noise, count: n, beta: schedule.beta(t0), sigma: schedule.sigma(t0), into: k1)
            for i in 0..<n { trial[i] = x[i] + h * k1[i] }
            field.predictNoise(trial, rows: rows, time: t1, into: noise, workspace: workspace)
            Self.velocity(trial, noise: noise, count: n, beta: schedule.beta(t1), sigma: schedule.sigma(t1), into: k2)
            for i in 0..<n { x[i] += 0.5 * h * (k1[i] + k2[i]) }
        }
    }

    /// log p(x) in model coordinates (nats) of `rows` points `x` (rows × D) at t_min, into `logDensity` (rows).
    public func logDensity<Field: ScoreField>(_ field: Field, of x: UnsafePointer<Double>, rows: Int,
                                              estimator: DivergenceEstimator, into logDensity: UnsafeMutablePointer<Double>,
                                              workspace: Field.Workspace, random: inout NormalRandom) {
        let d = field.dimension, n = rows * d, schedule = field.schedule
        let buffer = UnsafeMutablePointer<Double>.allocate(capacity: 5 * n + 2 * rows)
        defer { buffer.deallocate() }
        let state = buffer, noise = buffer + n, k1 = buffer + 2 * n, k2 = buffer + 3 * n, trial = buffer + 4 * n
        let div1 = buffer + 5 * n, div2 = div1 + rows
        state.update(from: x, count: n)
        for r in 0..<rows { logDensity[r] = 0 }
        let tMin = schedule.time(ofStep: 1), h = (1 - tMin) / Double(steps)
        /// ∇·f at t from ∇·ε.
        func divergenceOfVelocity(_ divNoise: Double, _ t: Double) -> Double {
            -0.5 * schedule.beta(t) * (Double(d) - divNoise / schedule.sigma(t))
        }
        for step in 0..<steps {
            let t0 = tMin + Double(step) * h, t1 = step == steps - 1 ? 1 : t0 + h
            field.predictNoiseAndDivergence(state, rows: rows, time: t0, estimator: estimator, random: &random,
                                            noise: noise, divergence: div1, workspace: workspace)
            Self.velocity(state, noise: noise, count: n, beta: schedule.beta(t0), sigma: schedule.sigma(t0), into: k1)
            for i in 0..<n { trial[i] = state[i] + h * k1[i] }
            field.predictNoiseAndDivergence(trial, rows: rows, time: t1, estimator: estimator, random: &random,
                                            noise: noise, divergence: div2, workspace: workspace)
            Self.velocity(trial, noise: noise, count: n, beta: schedule.beta(t1), sigma: schedule.sigma(t1), into: k2)
            for i in 0..<n { state[i] += 0.5 * h * (k1[i] + k2[i]) }
            for r in 0..<rows {
                logDensity[r] += 0.5 * h * (divergenceOfVelocity(div1[r], t0) + divergenceOfVelocity(div2[r], t1))
            }
        }
        let logNormalization = -0.5 * Double(d) * log(2 * Double.pi)
        for r in 0..<rows {
            var squared = 0.0
            for k in 0..<d { squared += state[r * d + k] * state[r * d + k] }
            logDensity[r] += logNormalization - 0.5 * squared
        }
    }
}
