/// Lennard-Jones and Coulomb energies and analytic forces in vacuum: all pairs, no cutoff, no
/// periodic images; Lorentz–Berthelot combination (σ_ij = (σ_i + σ_j)/2, ε_ij = √(ε_i ε_j)).
enum NonbondedForces {
    /// The plain pair sums over i < j, skipping for each i the atoms `excluded[i]` (ascending, all
    /// > i). Adds forces (kcal/(mol·Å)) and returns (Lennard-Jones, Coulomb) in kcal/mol.
    static func pairs(_ p: NonbondedParameters, excluded: [[Int]], _ x: UnsafeBufferPointer<SIMD3<Double>>,
                      _ forces: UnsafeMutableBufferPointer<SIMD3<Double>>) -> (lennardJones: Double, coulomb: Double) {
        let n = x.count
        let halfSigma = p.sigmas.map { 0.5 * $0 }
        let rootEpsilon = p.epsilons.map { $0.squareRoot() }
        let scaledCharge = p.charges.map { $0 * NonbondedParameters.coulombConstant.squareRoot() }
        var lj = 0.0, coulomb = 0.0
        for i in 0..<n {
            let xi = x[i], si = halfSigma[i], ei = rootEpsilon[i], qi = scaledCharge[i]
            var fi = SIMD3<Double>.zero
            let skip = excluded[i]
            var next = 0
            for j in (i + 1)..<n {
                if next < skip.count && skip[next] == j { next += 1; continue }
                let d = x[j] - xi
                let r2 = (d * d).sum()
                let inverseR2 = 1 / r2
                let inverseR = inverseR2.squareRoot()
                let sigma = si + halfSigma[j]
                let s2 = sigma * sigma * inverseR2
                let s6 = s2 * s2 * s2
                let fourEpsilon = 4 * ei * rootEpsilon[j]
                let eLJ = fourEpsilon * (s6 * s6 - s6)
                let eC = qi * scaledCharge[j] * inverseR
                lj += eLJ
                coulomb += eC
                // −(dE/dr)/r for both terms, times d gives the force on j.
                let scale = (fourEpsilon * (12 * s6 * s6 - 6 * s6) + eC) * inverseR2
                let f = scale * d
                forces[j] += f
                fi -= f
            }
            forces[i] += fi
        }
        return (lj, coulomb)
    }

    /// The 1-4 pairs with their energies scaled by `coulombScale` and `lennardJonesScale`. Adds
    /// forces and returns (Lennard-Jones, Coulomb) in kcal/mol.
    static func scaledPairs(_ pairs: [(Int, Int)], _ p: NonbondedParameters, coulombScale: Double, lennardJonesScale: Double,
                            _ x: UnsafeBufferPointer<SIMD3<Double>>, _ forces: UnsafeMutableBufferPointer<SIMD3<Double>>) -> (lennardJones: Double, coulomb: Double) {
        var lj = 0.0, coulomb = 0.0
        for (i, j) in pairs {
            let d = x[j] - x[i]
            let inverseR2 = 1 / (d * d).sum()
            let inverseR = inverseR2.squareRoot()
            let sigma = 0.5 * (p.sigmas[i] + p.sigmas[j])
            let s2 = sigma * sigma * inverseR2
            let s6 = s2 * s2 * s2
            let fourEpsilon = 4 * lennardJonesScale * (p.epsilons[i] * p.epsilons[j]).squareRoot()
            let eC = coulombScale * NonbondedParameters.coulombConstant * p.charges[i] * p.charges[j] * inverseR
            lj += fourEpsilon * (s6 * s6 - s6)
            coulomb += eC
            let f = ((fourEpsilon * (12 * s6 * s6 - 6 * s6) + eC) * inverseR2) * d
            forces[j] += f
            forces[i] -= f
        }
        return (lj, coulomb)
    }
}
