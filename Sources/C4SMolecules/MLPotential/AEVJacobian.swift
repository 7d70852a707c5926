/// The exact derivatives dG/dR of the environment vectors of one structure, sparse: for every
/// radial (centre i, neighbour j) pair the derivative of i's radial block for j's element with
/// respect to R_j (that with respect to R_i is its negative), and for every angular (i, j, k)
/// triple the derivatives of i's angular block for {j, k} with respect to R_j and R_k (that with
/// respect to R_i is minus their sum). Units: features per Å.
///
/// Filled by `AEVComputer.compute`; reused across structures (arrays keep their capacity).
public struct AEVJacobian: Sendable {
    /// Per radial entry: centre, neighbour, first feature index.
    var radialEntries: [(center: Int, neighbour: Int, offset: Int)] = []
    /// radialEntries × radial shells: ∂G_center[offset + s]/∂R_neighbour.
    var radialGradients: [SIMD3<Double>] = []
    /// Per angular entry: centre, the two neighbours, first feature index.
    var angularEntries: [(center: Int, j: Int, k: Int, offset: Int)] = []
    /// angularEntries × angular block: ∂G_center[offset + b]/∂R_j and ∂G_center[offset + b]/∂R_k.
    var angularGradientsJ: [SIMD3<Double>] = []
    var angularGradientsK: [SIMD3<Double>] = []
    /// Features per radial entry and per angular entry.
    var radialWidth = 0
    var angularWidth = 0

    /// An empty Jacobian.
    public init() {}

    mutating func reset(radialWidth: Int, angularWidth: Int) {
        self.radialWidth = radialWidth
        self.angularWidth = angularWidth
        radialEntries.removeAll(keepingCapacity: true)
        radialGradients.removeAll(keepingCapacity: true)
        angularEntries.removeAll(keepingCapacity: true)
        angularGradientsJ.removeAll(keepingCapacity: true)
        angularGradientsK.removeAll(keepingCapacity: true)
    }

    /// Adds −Σ_i (dG_i/dR)ᵀ g_i to `forces` (kcal/mol/Å when g is ∂E/∂G in kcal/mol per feature unit):
    /// the force from energy gradients `gradient(i)` (a pointer to atom i's `length` values).
    /// - Precondition: `forces` has one entry per atom of the structure.
    func addForces(_ gradient: (Int) -> UnsafePointer<Double>, into forces: inout [SIMD3<Double>]) {
        for (e, entry) in radialEntries.enumerated() {
            let g = gradient(entry.center) + entry.offset
            var sum = SIMD3<Double>.zero
            for s in 0..<radialWidth { sum += g[s] * radialGradients[e * radialWidth + s] }
            forces[entry.neighbour] -= sum
            forces[entry.center] += sum
        }
        for (e, entry) in angularEntries.enumerated() {
            let g = gradient(entry.center) + entry.offset
            var sj = SIMD3<Double>.zero, sk = SIMD3<Double>.zero
            for b in 0..<angularWidth {
                sj += g[b] * angularGradientsJ[e * angularWidth + b]
                sk += g[b] * angularGradientsK[e * angularWidth + b]
            }
            forces[entry.j] -= sj
            forces[entry.k] -= sk
            forces[entry.center] += sj + sk
        }
    }

    /// Adds the directional derivatives Σ_a (dG_i/dR_a) · w_a of every atom's vector along the
    /// displacement `w` (one vector per atom) to `output(i)` (atom i's `length` values).
    func addDirectionalDerivatives(along w: [SIMD3<Double>], into output: (Int) -> UnsafeMutablePointer<Double>) {
        for (e, entry) in radialEntries.enumerated() {
            let v = output(entry.center) + entry.offset, d = w[entry.neighbour] - w[entry.center]
            for s in 0..<radialWidth { v[s] += (radialGradients[e * radialWidth + s] * d).sum() }
        }
        for (e, entry) in angularEntries.enumerated() {
            let v = output(entry.center) + entry.offset
            let dj = w[entry.j] - w[entry.center], dk = w[entry.k] - w[entry.center]
            for b in 0..<angularWidth {
                v[b] += (angularGradientsJ[e * angularWidth + b] * dj).sum() + (angularGradientsK[e * angularWidth + b] * dk).sum()
            }
        }
    }
}
