import C4SLearn

/// Initial velocities drawn from the Maxwell–Boltzmann distribution at a temperature.
public enum MaxwellBoltzmann {
    /// Velocities in Å/fs for atoms of `masses` (u) at `temperature` (K): each component normal with
    /// variance k_B T / m, drawn from `seed`, then the centre-of-mass velocity subtracted (so the
    /// kinetic energy averages (3N − 3)/2 k_B T). Not rescaled to hit `temperature` exactly.
    /// - Precondition: masses positive, temperature ≥ 0.
    public static func velocities(masses: [Double], temperature: Double, seed: UInt64) -> [SIMD3<Double>] {
        precondition(masses.allSatisfy { $0 > 0 } && temperature >= 0, "MaxwellBoltzmann: masses > 0 and temperature >= 0")
        var normal = NormalRandom(seed: seed)
        var velocities = masses.map { m in
            let sigma = (MDUnits.boltzmann * temperature / m * MDUnits.accelerationPerForcePerMass).squareRoot()
            return SIMD3(normal.next(), normal.next(), normal.next()) * sigma
        }
        removeCentreOfMassVelocity(&velocities, masses: masses)
        return velocities
    }

    /// Subtracts the mass-weighted mean velocity from every velocity, so the total momentum is zero.
    /// - Precondition: one positive mass per velocity.
    public static func removeCentreOfMassVelocity(_ velocities: inout [SIMD3<Double>], masses: [Double]) {
        precondition(velocities.count == masses.count, "removeCentreOfMassVelocity: one mass per velocity")
        var momentum = SIMD3<Double>.zero, total = 0.0
        for (m, v) in zip(masses, velocities) { momentum += m * v; total += m }
        guard total > 0 else { return }
        let centre = momentum / total
        for i in velocities.indices { velocities[i] -= centre }
    }
}
