/// E_MM,nb of AI²BMD: Lennard-Jones plus Coulomb, unscaled and without cutoff, over every atom
/// pair that no protein unit holds together.
public struct NonbondedCoupling: Sendable {
    /// Per-atom charges (e), σ (Å) and ε (kcal/mol).
    public let parameters: NonbondedParameters
    /// The pairs (i < j) the term runs over.
    public let pairs: [(Int32, Int32)]

    /// The coupling of the atoms of `fragmentation` with `parameters`.
    /// - Precondition: `parameters` has one entry per structure atom.
    public init(fragmentation: ProteinFragmentation, parameters: NonbondedParameters) {
        precondition(parameters.count == fragmentation.atomCount, "NonbondedCoupling: one parameter set per atom")
        self.parameters = parameters
        let n = fragmentation.atomCount
        var pairs: [(Int32, Int32)] = []
        for i in 0..<n {
            for j in (i + 1)..<n where !fragmentation.coveredPairs.contains(i, j) { pairs.append((Int32(i), Int32(j))) }
        }
        self.pairs = pairs
    }

    /// Energy in kcal/mol and force on each atom in kcal/mol/Å at `positions` (ångström).
    /// - Precondition: one position per atom, no two coupled atoms at the same place.
    public func energyAndForces(_ positions: [SIMD3<Double>]) -> (energy: Double, forces: [SIMD3<Double>]) {
        var energy = 0.0
        var forces = [SIMD3<Double>](repeating: .zero, count: positions.count)
        let q = parameters.charges, sigma = parameters.sigmas, epsilon = parameters.epsilons
        let k = NonbondedParameters.coulombConstant
        for (a, b) in pairs {
            let i = Int(a), j = Int(b)
            let d = positions[i] - positions[j]
            let r2 = (d * d).sum(), r = r2.squareRoot()
            let s = 0.5 * (sigma[i] + sigma[j]), e = (epsilon[i] * epsilon[j]).squareRoot()
            let s2 = s * s / r2, s6 = s2 * s2 * s2
            let coulomb = k * q[i] * q[j] / r
            energy += 4 * e * (s6 * s6 - s6) + coulomb
            // −dE/dr · 1/r, so that F_i = that · (r_i − r_j).
            let forceOverR = (24 * e * (2 * s6 * s6 - s6) + coulomb) / r2
            forces[i] += d * forceOverR
            forces[j] -= d * forceOverR
        }
        return (energy, forces)
    }
}
