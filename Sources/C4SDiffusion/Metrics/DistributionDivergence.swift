import Foundation

/// Divergences between two discrete distributions on the same cells, in nats.
public enum DistributionDivergence {
    /// Kullback–Leibler KL(p‖q) = Σ p ln(p/q) over cells with p > 0; infinite if q = 0 where p > 0.
    /// - Precondition: equal counts; both sum to 1.
    public static func kullbackLeibler(_ p: [Double], _ q: [Double]) -> Double {
        precondition(p.count == q.count, "KL needs distributions on the same cells")
        return zip(p, q).reduce(0) { sum, pair in
            pair.0 > 0 ? sum + pair.0 * log(pair.0 / pair.1) : sum
        }
    }

    /// Jensen–Shannon JS(p, q) = ½ KL(p‖m) + ½ KL(q‖m), m = ½(p + q); between 0 and ln 2.
    /// - Precondition: equal counts; both sum to 1.
    public static func jensenShannon(_ p: [Double], _ q: [Double]) -> Double {
        let m = zip(p, q).map { 0.5 * ($0 + $1) }
        return 0.5 * kullbackLeibler(p, m) + 0.5 * kullbackLeibler(q, m)
    }
}
