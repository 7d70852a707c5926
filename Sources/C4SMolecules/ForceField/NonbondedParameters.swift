/// Per-atom non-bonded force-field parameters of a structure, in the units the workbench uses for
/// molecular energies: charge in elementary charges, Lennard-Jones σ in ångström and ε in kcal/mol.
///
/// The arrays are indexed like the structure's atoms. Pair parameters follow the Lorentz–Berthelot
/// rules (σ_ij = (σ_i + σ_j)/2, ε_ij = √(ε_i ε_j)) as AMBER force fields do.
public struct NonbondedParameters: Sendable, Equatable {
    /// Coulomb's constant in kcal·Å/(mol·e²) (OpenMM's 138.935456 kJ·nm/(mol·e²) converted).
    public static let coulombConstant = 138.935456 * 10.0 / 4.184

    /// Partial charge of each atom in elementary charges.
    public let charges: [Double]
    /// Lennard-Jones σ of each atom in ångström.
    public let sigmas: [Double]
    /// Lennard-Jones well depth ε of each atom in kcal/mol.
    public let epsilons: [Double]

    /// Creates parameters. - Precondition: the three arrays have the same length and finite values,
    /// σ ≥ 0 and ε ≥ 0.
    public init(charges: [Double], sigmas: [Double], epsilons: [Double]) {
        precondition(charges.count == sigmas.count && sigmas.count == epsilons.count,
                     "NonbondedParameters: charges, sigmas and epsilons need one value per atom")
        precondition(charges.allSatisfy(\.isFinite) && sigmas.allSatisfy { $0.isFinite && $0 >= 0 }
                     && epsilons.allSatisfy { $0.isFinite && $0 >= 0 },
                     "NonbondedParameters: values must be finite, σ and ε non-negative")
        self.charges = charges
        self.sigmas = sigmas
        self.epsilons = epsilons
    }

    /// Number of atoms.
    public var count: Int { charges.count }

    /// Lennard-Jones plus Coulomb energy in kcal/mol of the pair (i, j) at distance `r` ångström,
    /// unscaled (no cutoff, no 1-4 factor). - Precondition: r > 0.
    public func pairEnergy(_ i: Int, _ j: Int, distance r: Double) -> Double {
        let sigma = 0.5 * (sigmas[i] + sigmas[j])
        let epsilon = (epsilons[i] * epsilons[j]).squareRoot()
        let s6 = pow6(sigma / r)
        return 4 * epsilon * (s6 * s6 - s6) + Self.coulombConstant * charges[i] * charges[j] / r
    }

    private func pow6(_ x: Double) -> Double { let x2 = x * x; return x2 * x2 * x2 }
}
