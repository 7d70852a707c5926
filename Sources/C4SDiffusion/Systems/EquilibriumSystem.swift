/// A 2-D system in equilibrium: the Boltzmann density p(x) ∝ exp(−u(x)) of a reduced energy
/// u = E/k_BT (dimensionless), with the rectangle its reference quantities are computed on.
public protocol EquilibriumSystem: Sendable {
    /// Identifier used on the command line and in file names (e.g. `muller-brown`).
    var id: String { get }
    /// One line: the system, its constants and temperature.
    var summary: String { get }
    /// Where the density lives (holding all but a reported ≤ 1e-3 of the mass).
    var domain: PlaneDomain { get }
    /// u(x) = E(x)/k_BT at a point (x, y).
    func reducedEnergy(_ p: SIMD2<Double>) -> Double
    /// ∇u at a point (per unit of the coordinates).
    func reducedEnergyGradient(_ p: SIMD2<Double>) -> SIMD2<Double>
    /// Standard deviation of the Metropolis random-walk proposal per coordinate (system units),
    /// tuned for an acceptance rate near 0.3–0.5.
    var metropolisStepSize: Double { get }
}

extension EquilibriumSystem {
    /// The exact density on a `bins × bins` grid (see `GridDensity`); callable on `any EquilibriumSystem`.
    public func gridDensity(bins: Int, subsamples: Int = 4) -> GridDensity {
        GridDensity(system: self, bins: bins, subsamples: subsamples)
    }

    /// A Metropolis reference run (see `MetropolisChain`), specialised for this system's type.
    public func metropolisChain(start: SIMD2<Double>, steps: Int, thinning: Int, seed: UInt64,
                                shouldStop: () -> Bool = { false }) -> MetropolisChain {
        MetropolisChain(system: self, start: start, steps: steps, thinning: thinning, seed: seed, shouldStop: shouldStop)
    }
}
