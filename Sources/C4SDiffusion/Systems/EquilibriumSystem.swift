import Foundation

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
    /// Whether both coordinates are angles in degrees on the torus (the domain is then [−180°, 180°]²
    /// and points are wrapped onto it); false for a planar system.
    var isPeriodic: Bool { get }
    /// Named regions whose populations the DiG jobs report (e.g. αR of a dipeptide); may be empty.
    var regions: [NamedRegion] { get }
}

extension EquilibriumSystem {
    public var isPeriodic: Bool { false }
    public var regions: [NamedRegion] { [] }

    /// p itself, or for a periodic system p with both angles wrapped to [−180°, 180°).
    public func wrapped(_ p: SIMD2<Double>) -> SIMD2<Double> {
        guard isPeriodic else { return p }
        func wrap(_ a: Double) -> Double {
            let r = remainder(a, 360)
            return r >= 180 ? r - 360 : r
        }
        return SIMD2(wrap(p.x), wrap(p.y))
    }

    /// Coordinates per point of the diffusion model: 2, or 4 on the torus (`TorusEmbedding`).
    public var modelDimension: Int { isPeriodic ? TorusEmbedding.dimension : 2 }

    /// Diffusion-model features of points (count × 2): the points themselves, or on the torus their
    /// unit-circle embedding (count × 4).
    public func modelFeatures(_ points: [Double]) -> [Double] {
        isPeriodic ? TorusEmbedding.features(ofAngles: points) : points
    }

    /// Points (count × 2) from diffusion-model features: the features themselves, or on the torus
    /// the angles atan2(sin, cos) of each circle's pair.
    public func points(fromModelFeatures features: [Double]) -> [Double] {
        isPeriodic ? TorusEmbedding.angles(ofFeatures: features) : features
    }
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
