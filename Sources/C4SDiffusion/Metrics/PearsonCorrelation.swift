/// Pearson's correlation coefficient of paired values.
public enum PearsonCorrelation {
    /// r = cov(a, b) / (sd a · sd b); 0 when either is constant. - Precondition: equal counts ≥ 2.
    public static func coefficient(_ a: [Double], _ b: [Double]) -> Double {
        precondition(a.count == b.count && a.count >= 2, "Pearson correlation needs ≥ 2 pairs")
        let n = Double(a.count), ma = a.reduce(0, +) / n, mb = b.reduce(0, +) / n
        var sab = 0.0, saa = 0.0, sbb = 0.0
        for (x, y) in zip(a, b) {
            sab += (x - ma) * (y - mb)
            saa += (x - ma) * (x - ma)
            sbb += (y - mb) * (y - mb)
        }
        return saa > 0 && sbb > 0 ? sab / (saa * sbb).squareRoot() : 0
    }
}
