/// The drift of a conserved quantity over an MD run: the slope of its least-squares line in time.
public enum EnergyDrift {
    /// Slope of the least-squares line through (`times[i]`, `values[i]`), in value units per time
    /// unit; 0 for fewer than two points or no spread in time.
    /// - Precondition: as many times as values.
    public static func slope(times: [Double], values: [Double]) -> Double {
        precondition(times.count == values.count, "EnergyDrift.slope: one time per value")
        guard times.count >= 2 else { return 0 }
        let n = Double(times.count)
        let meanT = times.reduce(0, +) / n, meanV = values.reduce(0, +) / n
        var covariance = 0.0, variance = 0.0
        for (t, v) in zip(times, values) {
            covariance += (t - meanT) * (v - meanV)
            variance += (t - meanT) * (t - meanT)
        }
        return variance > 0 ? covariance / variance : 0
    }
}
