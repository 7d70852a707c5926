/// The exact derivatives dG/dR of the environment vectors of one structure, in factored form.
///
/// Radial: for each pair i < j within R_c, the unit vector u = (R_j − R_i)/r and the slopes
/// dG/dr of the shells; the pair adds the same terms to i's block for j's element and j's block for
/// i's element, so ∂G/∂R_j = slope·u and ∂G/∂R_i = −slope·u for both. Angular: for each centre i and
/// neighbours j < k within R_ca, ∂(cos θ)/∂R_j, ∂(cos θ)/∂R_k, the unit vectors to j and k, and per
/// term the derivatives with respect to cos θ, r_ij and r_ik, so
/// ∂G/∂R_j = a·∂cosθ/∂R_j + b·u_ij, ∂G/∂R_k = a·∂cosθ/∂R_k + c·u_ik, ∂G/∂R_i = −(both).
/// Units: features per Å.
///
/// Filled by `AEVComputer.compute`; reused across structures (arrays keep their capacity).
public struct AEVJacobian: Sendable {
    /// Per radial pair: the two atoms, the first feature of i's and of j's block.
    var radialPairs: [(i: Int, j: Int, offsetI: Int, offsetJ: Int)] = []
    /// Per radial pair: u = (R_j − R_i)/r.
    var radialUnits: [SIMD3<Double>] = []
    /// radialPairs × shells: dG/dr.
    var radialSlopes: [Double] = []
    /// Per angular triple: centre, neighbours, first feature index.
    var angularEntries: [(center: Int, j: Int, k: Int, offset: Int)] = []
    /// Per angular triple: ∂cosθ/∂R_j, ∂cosθ/∂R_k, u_ij, u_ik.
    var angularVectors: [(dcJ: SIMD3<Double>, dcK: SIMD3<Double>, uJ: SIMD3<Double>, uK: SIMD3<Double>)] = []
    /// angularEntries × block × 3: ∂G/∂cosθ, ∂G/∂r_ij, ∂G/∂r_ik.
    var angularSlopes: [Double] = []
    /// Shells per radial pair and terms per angular triple.
    var radialWidth = 0
    var angularWidth = 0

    /// An empty Jacobian.
    public init() {}

    mutating func reset(radialWidth: Int, angularWidth: Int) {
        self.radialWidth = radialWidth
        self.angularWidth = angularWidth
        radialPairs.removeAll(keepingCapacity: true)
        radialUnits.removeAll(keepingCapacity: true)
        radialSlopes.removeAll(keepingCapacity: true)
        angularEntries.removeAll(keepingCapacity: true)
        angularVectors.removeAll(keepingCapacity: true)
        angularSlopes.removeAll(keepingCapacity: true)
    }

    /// Adds −Σ_i (dG_i/dR)ᵀ g_i to `forces` (kcal/mol/Å when g is ∂E/∂G in kcal/mol per feature unit):
    /// the force from energy gradients `gradient(i)` (a pointer to atom i's `length` values).
    /// - Precondition: `forces` has one entry per atom of the structure.
    func addForces(_ gradient: (Int) -> UnsafePointer<Double>, into forces: inout [SIMD3<Double>]) {
        let nR = radialWidth, nA = angularWidth
        radialSlopes.withUnsafeBufferPointer { slopes in
            for (e, pair) in radialPairs.enumerated() {
                let gi = gradient(pair.i) + pair.offsetI, gj = gradient(pair.j) + pair.offsetJ, s = slopes.baseAddress! + e * nR
                var sum = 0.0
                for t in 0..<nR { sum += (gi[t] + gj[t]) * s[t] }
                let f = sum * radialUnits[e]
                forces[pair.j] -= f
                forces[pair.i] += f
            }
        }
        angularSlopes.withUnsafeBufferPointer { slopes in
            for (e, entry) in angularEntries.enumerated() {
                let g = gradient(entry.center) + entry.offset, s = slopes.baseAddress! + e * nA * 3
                var a = 0.0, b = 0.0, c = 0.0
                for t in 0..<nA {
                    a += g[t] * s[3 * t]
                    b += g[t] * s[3 * t + 1]
                    c += g[t] * s[3 * t + 2]
                }
                let v = angularVectors[e], dj = a * v.dcJ + b * v.uJ, dk = a * v.dcK + c * v.uK
                forces[entry.j] -= dj
                forces[entry.k] -= dk
                forces[entry.center] += dj + dk
            }
        }
    }

    /// Adds the directional derivatives Σ_a (dG_i/dR_a) · w_a of every atom's vector along the
    /// displacement `w` (one vector per atom) to `output(i)` (atom i's `length` values).
    func addDirectionalDerivatives(along w: [SIMD3<Double>], into output: (Int) -> UnsafeMutablePointer<Double>) {
        let nR = radialWidth, nA = angularWidth
        radialSlopes.withUnsafeBufferPointer { slopes in
            for (e, pair) in radialPairs.enumerated() {
                let vi = output(pair.i) + pair.offsetI, vj = output(pair.j) + pair.offsetJ, s = slopes.baseAddress! + e * nR
                let dr = (radialUnits[e] * (w[pair.j] - w[pair.i])).sum()
                for t in 0..<nR {
                    vi[t] += s[t] * dr
                    vj[t] += s[t] * dr
                }
            }
        }
        angularSlopes.withUnsafeBufferPointer { slopes in
            for (e, entry) in angularEntries.enumerated() {
                let v = output(entry.center) + entry.offset, s = slopes.baseAddress! + e * nA * 3, vec = angularVectors[e]
                let dj = w[entry.j] - w[entry.center], dk = w[entry.k] - w[entry.center]
                let dc = (vec.dcJ * dj).sum() + (vec.dcK * dk).sum(), drj = (vec.uJ * dj).sum(), drk = (vec.uK * dk).sum()
                for t in 0..<nA { v[t] += s[3 * t] * dc + s[3 * t + 1] * drj + s[3 * t + 2] * drk }
            }
        }
    }
}
