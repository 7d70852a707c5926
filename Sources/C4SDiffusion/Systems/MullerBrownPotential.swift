import Foundation

/// The Müller–Brown potential (K. Müller and L. D. Brown, Theor. Chim. Acta 53, 75 (1979)):
/// E(x, y) = Σ_{k=1}^{4} A_k exp[a_k (x − x⁰_k)² + b_k (x − x⁰_k)(y − y⁰_k) + c_k (y − y⁰_k)²] with the
/// standard constants A = (−200, −100, −170, 15), a = (−1, −1, −6.5, 0.7), b = (0, 0, 11, 0.6),
/// c = (−10, −10, −6.5, 0.7), x⁰ = (1, 0, −0.5, −1), y⁰ = (0, 0.5, 1.5, 1).
///
/// Minima: (−0.558, 1.442) E = −146.70, (0.623, 0.028) E = −108.17, (−0.050, 0.467) E = −80.77.
/// At the default k_BT = 20 (β = 0.05 per energy unit) all three basins are populated
/// (about 80.5 %, 12.9 % and 6.6 %); the domain [−2.5, 1.5] × [−1, 2.5] holds all but 1e-4 of the mass.
public struct MullerBrownPotential: EquilibriumSystem {
    static let amplitude: [Double] = [-200, -100, -170, 15]
    static let a: [Double] = [-1, -1, -6.5, 0.7]
    static let b: [Double] = [0, 0, 11, 0.6]
    static let c: [Double] = [-10, -10, -6.5, 0.7]
    static let x0: [Double] = [1, 0, -0.5, -1]
    static let y0: [Double] = [0, 0.5, 1.5, 1]

    /// k_BT in the potential's energy units.
    public let temperature: Double

    /// The potential at k_BT = `temperature` (default 20). - Precondition: `temperature > 0`.
    public init(temperature: Double = 20) {
        precondition(temperature > 0, "MullerBrownPotential: temperature must be positive")
        self.temperature = temperature
    }

    public var id: String { "muller-brown" }
    public var summary: String {
        "Müller–Brown potential (Müller & Brown 1979 constants) at k_BT = \(temperature) (β = \(1 / temperature))"
    }
    public var domain: PlaneDomain { PlaneDomain(x: -2.5...1.5, y: -1...2.5) }
    public var metropolisStepSize: Double { 0.15 }

    /// E(x, y) in the potential's energy units.
    public func energy(_ p: SIMD2<Double>) -> Double {
        (0..<4).reduce(0) { sum, k in
            let dx = p.x - Self.x0[k], dy = p.y - Self.y0[k]
            return sum + Self.amplitude[k] * exp(Self.a[k] * dx * dx + Self.b[k] * dx * dy + Self.c[k] * dy * dy)
        }
    }

    /// ∇E in energy units per coordinate unit.
    public func energyGradient(_ p: SIMD2<Double>) -> SIMD2<Double> {
        (0..<4).reduce(SIMD2<Double>(0, 0)) { sum, k in
            let dx = p.x - Self.x0[k], dy = p.y - Self.y0[k]
            let term = Self.amplitude[k] * exp(Self.a[k] * dx * dx + Self.b[k] * dx * dy + Self.c[k] * dy * dy)
            return sum + term * SIMD2(2 * Self.a[k] * dx + Self.b[k] * dy, Self.b[k] * dx + 2 * Self.c[k] * dy)
        }
    }

    public func reducedEnergy(_ p: SIMD2<Double>) -> Double { energy(p) / temperature }
    public func reducedEnergyGradient(_ p: SIMD2<Double>) -> SIMD2<Double> { energyGradient(p) / temperature }
}
