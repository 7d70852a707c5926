import Foundation

/// The variance-preserving SDE dR = −½ β(t) R dt + √β(t) dB on t ∈ [0, 1], whose marginal given R₀
/// is N(√ᾱ(t) R₀, (1 − ᾱ(t)) I) with ᾱ(t) = exp(−∫₀ᵗ β), discretised in N steps.
///
/// The per-step values follow DiG: step i (1…N) has β_i = f(i/N) with f the linear or sigmoid
/// formula of `NoiseScheduleKind`; the continuous rate is β(t) = N f(t), so ∫ over one step ≈ β_i.
/// Its integral has a closed form for both kinds, so ᾱ(t) is exact and ancestral steps use
/// β̃_i = 1 − ᾱ(t_i)/ᾱ(t_{i−1}), which equals β_i to O(β_i²) and keeps the marginals exact.
public struct NoiseSchedule: Sendable, Equatable {
    /// Linear or sigmoid.
    public let kind: NoiseScheduleKind
    /// Number of steps N.
    public let steps: Int
    /// β at u = 0 (per step, dimensionless).
    public let betaStart: Double
    /// β at u = 1 (per step, dimensionless).
    public let betaEnd: Double

    /// A schedule. - Precondition: `steps >= 1`, 0 < β_start ≤ β_end < 1.
    public init(kind: NoiseScheduleKind, steps: Int, betaStart: Double, betaEnd: Double) {
        precondition(steps >= 1 && betaStart > 0 && betaStart <= betaEnd && betaEnd < 1,
                     "NoiseSchedule: steps >= 1 and 0 < betaStart <= betaEnd < 1")
        self.kind = kind
        self.steps = steps
        self.betaStart = betaStart
        self.betaEnd = betaEnd
    }

    /// DiG's default: sigmoid, N = 500, β from 1e-4 to 0.04 (∫₀¹ β ≈ 10, so ᾱ(1) ≈ 4.5e-5).
    public static let standard = NoiseSchedule(kind: .sigmoid, steps: 500, betaStart: 1e-4, betaEnd: 0.04)

    /// The formula f(u) per step at u = i/N.
    public func stepBeta(at u: Double) -> Double {
        switch kind {
        case .linear: betaStart + (betaEnd - betaStart) * u
        case .sigmoid: (betaEnd - betaStart) / (1 + exp(12 * (0.5 - u))) + betaStart
        }
    }

    /// β_i of step i (1…N) by DiG's formula.
    public func stepBeta(_ i: Int) -> Double { stepBeta(at: Double(i) / Double(steps)) }

    /// The rate β(t) = N f(t), per unit of diffusion time.
    public func beta(_ t: Double) -> Double { Double(steps) * stepBeta(at: t) }

    /// ∫₀ᵗ β(s) ds, in closed form.
    public func integratedBeta(_ t: Double) -> Double {
        let n = Double(steps), d = betaEnd - betaStart
        switch kind {
        case .linear:
            return n * (betaStart * t + 0.5 * d * t * t)
        case .sigmoid:
            // ∫ du / (1 + e^{12(0.5 − u)}) = u + ln(1 + e^{12(0.5 − u)}) / 12
            func softplus(_ x: Double) -> Double { max(x, 0) + log1p(exp(-abs(x))) }
            return n * (betaStart * t + d * (t + (softplus(12 * (0.5 - t)) - softplus(6)) / 12))
        }
    }

    /// ᾱ(t) = exp(−∫₀ᵗ β): the squared signal scale of the marginal at t.
    public func alphaBar(_ t: Double) -> Double { exp(-integratedBeta(t)) }

    /// σ(t) = √(1 − ᾱ(t)): the noise scale of the marginal at t.
    public func sigma(_ t: Double) -> Double { (-expm1(-integratedBeta(t))).squareRoot() }

    /// The time t_i = i/N of step i.
    public func time(ofStep i: Int) -> Double { Double(i) / Double(steps) }

    /// β̃_i = 1 − ᾱ(t_i)/ᾱ(t_{i−1}), the variance added by ancestral step i (1…N).
    public func ancestralBeta(_ i: Int) -> Double {
        -expm1(-(integratedBeta(time(ofStep: i)) - integratedBeta(time(ofStep: i - 1))))
    }

    /// A draw of the forward marginal at t: √ᾱ(t) x₀ + σ(t) ε for a standard normal deviate ε.
    public func perturb(_ x0: Double, time t: Double, noise epsilon: Double) -> Double {
        alphaBar(t).squareRoot() * x0 + sigma(t) * epsilon
    }
}
