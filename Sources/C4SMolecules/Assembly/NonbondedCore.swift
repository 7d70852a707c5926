/// A short-range repulsion for the pairs of E_MM,nb that have no Lennard-Jones term. ff14SB gives
/// hydroxyl hydrogens (type HO: SER, THR, TYR) σ = ε = 0, so between units their Coulomb attraction to
/// an acceptor, −k q_i q_j / r, is unbounded below; in ff14SB itself the O–H bond term keeps the
/// proton away, in an assembly only the unit engine's O–H bond does, and a machine-learned unit that
/// is too soft at stretched O–H lets the proton fall in (chignolin NVE on the ML surface: THR 7 HG1
/// onto ASP 4 OD1, −930 kcal/mol within 3 fs).
///
/// E(r) = a (r⁻¹² − r_c⁻¹² + 12 (r − r_c) r_c⁻¹³) for r < r_c and 0 beyond: energy and force vanish at
/// r_c = 1.2 Å, so every pair at least 1.2 Å apart (all hydrogen bonds) keeps exactly its ff14SB
/// energy; a = 20 kcal/mol·Å¹² gives 13 kcal/mol at 1.0 Å and 280 kcal/mol at 0.8 Å, and with the
/// Coulomb pull of a hydroxyl H on a carboxylate O (−109 kcal/mol·Å / r) a minimum near 1.05 Å only
/// 7 kcal/mol below 1.2 Å.
struct NonbondedCore: Sendable {
    /// r_c in Å.
    static let cutoff = 1.2
    /// a in kcal/mol·Å¹².
    static let strength = 20.0
    /// The pairs (i < j) without Lennard-Jones that no unit holds.
    let pairs: [(i: Int, j: Int)]

    /// The pairs of atoms with ε = 0 in `parameters` and any other atom, except those `covered`.
    init(parameters: NonbondedParameters, covered: AtomPairSet) {
        var pairs: [(i: Int, j: Int)] = []
        let n = parameters.count
        for a in 0..<n where parameters.epsilons[a] == 0 {
            for b in 0..<n where b != a && (parameters.epsilons[b] != 0 || b > a) && !covered.contains(min(a, b), max(a, b)) {
                pairs.append((min(a, b), max(a, b)))
            }
        }
        self.pairs = pairs
    }

    /// Energy in kcal/mol at `positions` (Å); adds the forces (kcal/mol/Å) to `forces`.
    /// - Precondition: one position and force per atom; no pair at distance 0.
    func add(_ positions: [SIMD3<Double>], to forces: inout [SIMD3<Double>]) -> Double {
        let rc = Self.cutoff, a = Self.strength
        let inverse12 = 1 / pow12(rc), slope = 12 * inverse12 / rc
        var energy = 0.0
        for (i, j) in pairs {
            let d = positions[j] - positions[i], r2 = (d * d).sum()
            guard r2 < rc * rc else { continue }
            let r = r2.squareRoot(), s12 = 1 / pow12(r)
            energy += a * (s12 - inverse12 + slope * (r - rc))
            // −dE/dr = a (12 r⁻¹³ − 12 r_c⁻¹³) ≥ 0 pushes j away from i.
            let f = a * (12 * s12 / r - slope) / r * d
            forces[j] += f
            forces[i] -= f
        }
        return energy
    }

    private func pow12(_ x: Double) -> Double {
        let x3 = x * x * x, x6 = x3 * x3
        return x6 * x6
    }
}
