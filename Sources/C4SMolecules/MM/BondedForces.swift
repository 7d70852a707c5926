import Foundation

/// Energies and analytic forces of the bonded terms. Each function adds its forces into `forces`
/// (kcal/(mol·Å)) and returns its energy (kcal/mol); positions are in Å.
enum BondedForces {
    /// Σ ½ k (r − r₀)².
    static func bonds(_ terms: [HarmonicBond], _ x: UnsafeBufferPointer<SIMD3<Double>>, _ forces: UnsafeMutableBufferPointer<SIMD3<Double>>) -> Double {
        var energy = 0.0
        for t in terms {
            let d = x[t.b] - x[t.a]
            let r = (d * d).sum().squareRoot()
            let dr = r - t.length
            energy += 0.5 * t.k * dr * dr
            let f = (t.k * dr / r) * d
            forces[t.a] += f
            forces[t.b] -= f
        }
        return energy
    }

    /// Σ ½ k (θ − θ₀)², θ the angle a–b–c at b.
    static func angles(_ terms: [HarmonicAngle], _ x: UnsafeBufferPointer<SIMD3<Double>>, _ forces: UnsafeMutableBufferPointer<SIMD3<Double>>) -> Double {
        var energy = 0.0
        for t in terms {
            let u = x[t.a] - x[t.b], v = x[t.c] - x[t.b]
            let n = cross(u, v)
            let nLength = (n * n).sum().squareRoot()
            let theta = atan2(nLength, (u * v).sum())
            let dTheta = theta - t.angle
            energy += 0.5 * t.k * dTheta * dTheta
            guard nLength > 0 else { continue }
            // dθ/dx_a = (u × n)/(|u|²|n|), dθ/dx_c = (n × v)/(|v|²|n|); force = −k Δθ ∇θ.
            let fa = (-t.k * dTheta / ((u * u).sum() * nLength)) * cross(u, n)
            let fc = (-t.k * dTheta / ((v * v).sum() * nLength)) * cross(n, v)
            forces[t.a] += fa
            forces[t.c] += fc
            forces[t.b] -= fa + fc
        }
        return energy
    }

    /// Σ k (1 + cos(n φ − φ₀)), φ the IUPAC dihedral a–b–c–d (Blondel & Karplus 1996 gradient).
    static func torsions(_ terms: [PeriodicTorsion], _ x: UnsafeBufferPointer<SIMD3<Double>>, _ forces: UnsafeMutableBufferPointer<SIMD3<Double>>) -> Double {
        var energy = 0.0
        for t in terms {
            let f = x[t.a] - x[t.b], g = x[t.b] - x[t.c], h = x[t.d] - x[t.c]
            let a = cross(f, g), b = cross(h, g)
            let a2 = (a * a).sum(), b2 = (b * b).sum()
            let gLength = (g * g).sum().squareRoot()
            guard a2 > 0, b2 > 0, gLength > 0 else { continue }
            let phi = atan2((cross(b, a) * g).sum() / gLength, (a * b).sum())
            let n = Double(t.periodicity)
            energy += t.k * (1 + cos(n * phi - t.phase))
            let dEdPhi = -t.k * n * sin(n * phi - t.phase)
            let fa = (dEdPhi * gLength / a2) * a
            let fd = (-dEdPhi * gLength / b2) * b
            let s = (f * g).sum() / (gLength * gLength), q = (h * g).sum() / (gLength * gLength)
            forces[t.a] += fa
            forces[t.b] += -fa - s * fa - q * fd
            forces[t.c] += -fd + s * fa + q * fd
            forces[t.d] += fd
        }
        return energy
    }

    private static func cross(_ p: SIMD3<Double>, _ q: SIMD3<Double>) -> SIMD3<Double> {
        SIMD3(p.y * q.z - p.z * q.y, p.z * q.x - p.x * q.z, p.x * q.y - p.y * q.x)
    }
}
