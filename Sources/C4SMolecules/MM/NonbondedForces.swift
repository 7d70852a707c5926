import C4SCore

/// Lennard-Jones and Coulomb energies and analytic forces in vacuum: all pairs, no cutoff, no
/// periodic images; Lorentz–Berthelot combination (σ_ij = (σ_i + σ_j)/2, ε_ij = √(ε_i ε_j)).
///
/// A value holds the per-atom factors of the plain pair sum (σ_i/2, √ε_i, q_i √(Coulomb constant)),
/// built once from the parameters, and the pairs left out of it; MMSystem (bonded exclusions) and
/// NonbondedCoupling (pairs a protein unit holds) both evaluate through it.
struct NonbondedForces: Sendable {
    private let halfSigma: [Double], rootEpsilon: [Double], scaledCharge: [Double]
    /// For each atom i, the atoms j > i left out of the plain pair sum (ascending).
    let excluded: [[Int]]

    /// The pair sum of `p`'s atoms without the pairs `excluded[i]` (for each i: ascending, all > i).
    /// - Precondition: `excluded` has one list per atom of `p`.
    init(_ p: NonbondedParameters, excluded: [[Int]]) {
        precondition(excluded.count == p.count, "NonbondedForces: one exclusion list per atom")
        halfSigma = p.sigmas.map { 0.5 * $0 }
        rootEpsilon = p.epsilons.map { $0.squareRoot() }
        scaledCharge = p.charges.map { $0 * NonbondedParameters.coulombConstant.squareRoot() }
        self.excluded = excluded
    }

    /// The plain pair sums over i < j not excluded, on `workers` threads (rows i dealt round-robin,
    /// one force buffer per extra worker, summed in a fixed order so the result does not depend on
    /// timing). Adds forces (kcal/(mol·Å)) at positions `x` (Å) and returns (Lennard-Jones, Coulomb)
    /// in kcal/mol. - Precondition: one position per atom, workers ≥ 1.
    func pairs(workers: Int, _ x: UnsafeBufferPointer<SIMD3<Double>>,
               _ forces: UnsafeMutableBufferPointer<SIMD3<Double>>) -> (lennardJones: Double, coulomb: Double) {
        precondition(x.count == halfSigma.count && forces.count == x.count, "NonbondedForces: \(x.count) positions for \(halfSigma.count) atoms")
        let n = x.count, workers = max(1, min(workers, n / 64 + 1))
        guard workers > 1 else { return sum(from: 0, step: 1, x, forces) }
        let extra = UnsafeMutableBufferPointer<SIMD3<Double>>.allocate(capacity: (workers - 1) * n)
        extra.initialize(repeating: .zero)
        let energies = UnsafeMutableBufferPointer<(lennardJones: Double, coulomb: Double)>.allocate(capacity: workers)
        defer { extra.deallocate(); energies.deallocate() }
        nonisolated(unsafe) let (x, forces, extraForces, energiesOut) = (x, forces, extra, energies)
        ParallelFor.chunks(count: workers, workers: workers) { worker, _ in
            let target = worker == 0 ? forces : UnsafeMutableBufferPointer(rebasing: extraForces[((worker - 1) * n)..<(worker * n)])
            energiesOut[worker] = sum(from: worker, step: workers, x, target)
        }
        for worker in 1..<workers {
            for i in 0..<n { forces[i] += extra[(worker - 1) * n + i] }
        }
        return energies.reduce((0, 0)) { ($0.lennardJones + $1.lennardJones, $0.coulomb + $1.coulomb) }
    }

    /// The pairs (i, j > i) of rows i = first, first + step, …; adds forces, returns energies.
    private func sum(from first: Int, step: Int, _ x: UnsafeBufferPointer<SIMD3<Double>>,
                     _ forces: UnsafeMutableBufferPointer<SIMD3<Double>>) -> (lennardJones: Double, coulomb: Double) {
        let n = x.count
        var lj = 0.0, coulomb = 0.0
        for i in stride(from: first, to: n, by: step) {
            let xi = x[i], si = halfSigma[i], ei = rootEpsilon[i], qi = scaledCharge[i]
            var fi = SIMD3<Double>.zero
            let skip = excluded[i]
            var next = 0
            for j in (i + 1)..<n {
                if next < skip.count && skip[next] == j { next += 1; continue }
                let d = x[j] - xi
                let inverseR2 = 1 / (d * d).sum()
                let sigma = si + halfSigma[j]
                let s2 = sigma * sigma * inverseR2
                let s6 = s2 * s2 * s2
                let fourEpsilon = 4 * ei * rootEpsilon[j]
                let eC = qi * scaledCharge[j] * inverseR2.squareRoot()
                lj += fourEpsilon * (s6 * s6 - s6)
                coulomb += eC
                // −(dE/dr)/r of both terms; times d it is the force on j.
                let f = ((fourEpsilon * (12 * s6 * s6 - 6 * s6) + eC) * inverseR2) * d
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
