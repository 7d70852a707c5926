/// The integrated autocorrelation time of a stationary series, τ = 1 + 2 Σ_{k≥1} ρ(k), with
/// Sokal's self-consistent window: the sum stops at the first lag M ≥ c τ(M) (c = 5).
/// A chain of n correlated values holds about n/τ independent ones.
public enum IntegratedAutocorrelation {
    /// τ in units of the series' spacing (≥ 1 up to noise). Returns n when no window fits (the
    /// series is too short to estimate τ). - Precondition: at least 2 values, not all equal.
    public static func time(_ series: [Double], window c: Double = 5) -> Double {
        let n = series.count
        precondition(n >= 2, "autocorrelation needs at least two values")
        let mean = series.reduce(0, +) / Double(n)
        let centred = series.map { $0 - mean }
        let variance = centred.reduce(0) { $0 + $1 * $1 } / Double(n)
        precondition(variance > 0, "autocorrelation of a constant series")
        var tau = 1.0
        for lag in 1..<n {
            var sum = 0.0
            centred.withUnsafeBufferPointer { v in
                for i in 0..<(n - lag) { sum += v[i] * v[i + lag] }
            }
            tau += 2 * sum / Double(n) / variance
            if Double(lag) >= c * tau { return max(tau, 1) }
        }
        return Double(n)
    }
}
