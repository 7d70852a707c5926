import Foundation

/// A harmonic restraint ½ k Δ² on the dihedral a–b–c–d, Δ = φ − φ₀ wrapped to (−π, π], with φ in
/// the MM torsions' convention (IUPAC sign, as `PeriodicTorsion`).
public struct DihedralRestraint: Sendable, Equatable {
    /// Atom indices, in dihedral order.
    public let a: Int, b: Int, c: Int, d: Int
    /// Target angle φ₀ in radians.
    public var target: Double
    /// Force constant k in kcal/(mol·rad²).
    public let constant: Double

    /// A restraint of the dihedral a–b–c–d to `target` (radians) with `constant` (kcal/(mol·rad²)).
    /// - Precondition: four distinct atoms, `constant >= 0`.
    public init(_ a: Int, _ b: Int, _ c: Int, _ d: Int, target: Double, constant: Double) {
        precondition(Set([a, b, c, d]).count == 4 && constant >= 0, "DihedralRestraint: four distinct atoms and k >= 0")
        (self.a, self.b, self.c, self.d) = (a, b, c, d)
        self.target = target
        self.constant = constant
    }

    /// `angle` − `reference` wrapped to (−π, π] (radians).
    public static func wrappedDifference(_ angle: Double, _ reference: Double) -> Double {
        let d = remainder(angle - reference, 2 * Double.pi)
        return d <= -Double.pi ? d + 2 * Double.pi : d
    }

    /// The dihedral a–b–c–d of `positions` (Å) in radians, (−π, π].
    public func angle(_ positions: [SIMD3<Double>]) -> Double {
        positions.withUnsafeBufferPointer { Self.geometry(a, b, c, d, $0)?.phi ?? 0 }
    }

    /// Adds the restraint's forces (kcal/(mol·Å)) to `forces` and returns its energy (kcal/mol).
    public func apply(_ x: UnsafeBufferPointer<SIMD3<Double>>, _ forces: UnsafeMutableBufferPointer<SIMD3<Double>>) -> Double {
        guard let g = Self.geometry(a, b, c, d, x) else { return 0 }
        let delta = Self.wrappedDifference(g.phi, target), dEdPhi = constant * delta
        let fa = (dEdPhi * g.gLength / g.a2) * g.crossA
        let fd = (-dEdPhi * g.gLength / g.b2) * g.crossB
        forces[a] += fa
        forces[b] += -fa - g.s * fa - g.q * fd
        forces[c] += -fd + g.s * fa + g.q * fd
        forces[d] += fd
        return 0.5 * constant * delta * delta
    }

    /// The dihedral and the vectors of its gradient (Blondel & Karplus 1996), nil for collinear atoms.
    static func geometry(_ a: Int, _ b: Int, _ c: Int, _ d: Int, _ x: UnsafeBufferPointer<SIMD3<Double>>)
        -> (phi: Double, crossA: SIMD3<Double>, crossB: SIMD3<Double>, a2: Double, b2: Double, gLength: Double, s: Double, q: Double)? {
        func cross(_ p: SIMD3<Double>, _ q: SIMD3<Double>) -> SIMD3<Double> {
            SIMD3(p.y * q.z - p.z * q.y, p.z * q.x - p.x * q.z, p.x * q.y - p.y * q.x)
        }
        let f = x[a] - x[b], g = x[b] - x[c], h = x[d] - x[c]
        let ca = cross(f, g), cb = cross(h, g)
        let a2 = (ca * ca).sum(), b2 = (cb * cb).sum(), g2 = (g * g).sum()
        guard a2 > 0, b2 > 0, g2 > 0 else { return nil }
        let gLength = g2.squareRoot()
        let phi = atan2((cross(cb, ca) * g).sum() / gLength, (ca * cb).sum())
        return (phi, ca, cb, a2, b2, gLength, (f * g).sum() / g2, (h * g).sum() / g2)
    }
}
