/// Integer powers of many complex numbers at once, by binary exponentiation (left to right: square, then
/// multiply by the base where the exponent's bit is set), in split re/im arrays so the loops vectorize.
///
/// Accuracy: each squaring doubles the relative error already present and adds one rounding, so z^T carries a
/// relative error of about T·2^-52 (2e-13 at T = 1000), the same order as the polar form
/// |z|^T·e^{iTθ}, whose angle Tθ carries the same T-fold error; no overflow or loss for |z| ≤ 1.
enum ComplexPower {
    /// Replaces (re[i], im[i]) by its `power`-th power for i in 0..<count.
    /// - Parameters:
    ///   - scratch: room for 2·count doubles (the bases), not aliasing `re` or `im`.
    ///   - power: the exponent, ≥ 1.
    static func raise(re: UnsafeMutablePointer<Double>, im: UnsafeMutablePointer<Double>, count: Int, power: Int,
                      scratch: UnsafeMutablePointer<Double>) {
        precondition(power >= 1, "ComplexPower.raise needs a power >= 1")
        guard power > 1 else { return }
        let br = scratch, bi = scratch + count
        br.update(from: re, count: count)
        bi.update(from: im, count: count)
        var bit = Int.bitWidth - 1 - power.leadingZeroBitCount - 1
        while bit >= 0 {
            for i in 0..<count {
                let (a, b) = (re[i], im[i])
                re[i] = a * a - b * b
                im[i] = 2 * a * b
            }
            if power & (1 << bit) != 0 {
                for i in 0..<count {
                    let (a, b) = (re[i], im[i])
                    re[i] = a * br[i] - b * bi[i]
                    im[i] = a * bi[i] + b * br[i]
                }
            }
            bit -= 1
        }
    }
}
