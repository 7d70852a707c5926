@testable import C4SMolecules

/// Independent isotropic harmonic wells, one per atom: E = Σ ½ k |x_i − c_i|², F_i = −k (x_i − c_i).
struct HarmonicWellPotential: MDPotential {
    let name = "harmonic"
    /// Spring constant in kcal/(mol·Å²).
    let springConstant: Double
    /// Centre of each atom's well in Å.
    let centres: [SIMD3<Double>]

    var atomCount: Int { centres.count }

    func energyAndForces(_ positions: [SIMD3<Double>]) -> PotentialEvaluation {
        var energy = 0.0
        let forces = zip(positions, centres).map { x, c in
            let d = x - c
            energy += 0.5 * springConstant * (d * d).sum()
            return -springConstant * d
        }
        return PotentialEvaluation(energy: energy, forces: forces)
    }
}
