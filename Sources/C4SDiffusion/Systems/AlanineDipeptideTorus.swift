import Foundation

/// Alanine dipeptide (ACE-ALA-NME) in vacuum on the (φ, ψ) torus: the Boltzmann density
/// p(φ, ψ) ∝ exp(−E(φ, ψ)/k_BT) of a relaxed ff14SB surface (`TorusEnergySurface`, made by
/// `c4s dig surface`), interpolated periodically between its nodes. Coordinates are degrees,
/// u = (E − E_min)/k_BT with k_BT = R T, R = 1.987204259e-3 kcal/(mol·K).
///
/// Regions (φ, ψ in degrees): β (C7eq/C5/PII) φ < 0 with ψ ≥ 0 or ψ < −120; αR φ < 0 with
/// −120 ≤ ψ < 0; αL φ ≥ 0 with 0 ≤ ψ < 120; C7ax φ ≥ 0 with ψ < 0 or ψ ≥ 120. On the ff14SB vacuum
/// surface αR and αL are shoulders, not minima (unrestrained minimisation from them ends in C7eq at
/// (−75°, 54°) and C7ax at (61°, −41°)), so ψ = 0° is where the regions are split.
public struct AlanineDipeptideTorus: EquilibriumSystem {
    /// Gas constant in kcal/(mol·K).
    public static let gasConstant = 1.987204259e-3
    /// The surface.
    public let surface: TorusEnergySurface
    /// Temperature in kelvin.
    public let temperature: Double
    /// k_BT in kcal/mol.
    public let thermalEnergy: Double
    /// The lowest node energy E_min (kcal/mol), the zero of u.
    public let lowestEnergy: Double

    /// The system on `surface` at `temperature` (K, default 300). - Precondition: temperature > 0.
    public init(surface: TorusEnergySurface, temperature: Double = 300) {
        precondition(temperature > 0, "AlanineDipeptideTorus: temperature must be positive")
        self.surface = surface
        self.temperature = temperature
        thermalEnergy = Self.gasConstant * temperature
        lowestEnergy = surface.lowestEnergy
    }

    public var id: String { "alanine-dipeptide" }
    public var summary: String {
        "alanine dipeptide (ACE-ALA-NME), relaxed ff14SB (φ, ψ) surface in vacuum (\(surface.nodes)×\(surface.nodes) nodes), T = \(temperature) K"
    }
    public var domain: PlaneDomain { PlaneDomain(x: -180...180, y: -180...180) }
    /// 90°: C7eq and C7ax are separated by barriers of about 9 kcal/mol (15 k_BT), which a local
    /// random walk (25° steps) crosses a few times in 10⁷ steps; proposals this wide jump between
    /// them directly (acceptance about 7 %, integrated autocorrelation time about 60 steps).
    public var metropolisStepSize: Double { 90 }
    public var isPeriodic: Bool { true }

    public var regions: [NamedRegion] {
        func box(_ x: ClosedRange<Double>, _ y: ClosedRange<Double>) -> PlaneDomain { PlaneDomain(x: x, y: y) }
        return [
            NamedRegion(name: "beta", summary: "C7eq/C5 (β): φ < 0°, ψ ≥ 0° or ψ < −120°",
                        rectangles: [box(-180...0, 0...180), box(-180...0, -180...(-120))]),
            NamedRegion(name: "alpha_r", summary: "αR: φ < 0°, −120° ≤ ψ < 0°", rectangles: [box(-180...0, -120...0)]),
            NamedRegion(name: "alpha_l", summary: "αL: φ ≥ 0°, 0° ≤ ψ < 120°", rectangles: [box(0...180, 0...120)]),
            NamedRegion(name: "c7ax", summary: "C7ax: φ ≥ 0°, ψ < 0° or ψ ≥ 120°",
                        rectangles: [box(0...180, -180...0), box(0...180, 120...180)]),
        ]
    }

    public func reducedEnergy(_ p: SIMD2<Double>) -> Double {
        (surface.energyAndGradient(p).0 - lowestEnergy) / thermalEnergy
    }

    public func reducedEnergyGradient(_ p: SIMD2<Double>) -> SIMD2<Double> {
        surface.energyAndGradient(p).1 / thermalEnergy
    }
}
