import Foundation

extension NoiseSchedule {
    /// λ(t) = log(α(t)/σ(t)) with α = √ᾱ: half the log signal-to-noise ratio of the marginal at t,
    /// strictly decreasing in t. DPM-Solver steps are equal in λ.
    public func halfLogSNR(_ t: Double) -> Double {
        let b = integratedBeta(t)
        return -0.5 * b - 0.5 * log(-expm1(-b))
    }

    /// The time t ∈ [lower, upper] with `halfLogSNR(t) == lambda`, by bisection to 1e-12 in t
    /// (the end nearest to it when λ lies outside the interval's range).
    /// - Precondition: 0 < lower < upper.
    public func time(halfLogSNR lambda: Double, in lower: Double, _ upper: Double) -> Double {
        precondition(lower > 0 && upper > lower, "NoiseSchedule.time(halfLogSNR:): need 0 < lower < upper")
        var lo = lower, hi = upper
        if lambda >= halfLogSNR(lo) { return lo }
        if lambda <= halfLogSNR(hi) { return hi }
        while hi - lo > 1e-12 {
            let mid = 0.5 * (lo + hi)
            if halfLogSNR(mid) > lambda { lo = mid } else { hi = mid }
        }
        return 0.5 * (lo + hi)
    }
}
