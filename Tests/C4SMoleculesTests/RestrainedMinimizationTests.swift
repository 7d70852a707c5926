import Foundation
import Testing
@testable import C4SMolecules

/// L-BFGS and the harmonic dihedral restraint used by the relaxed (φ, ψ) scan.
@Suite struct RestrainedMinimizationTests {
    /// Three decoupled 2-D Rosenbrock valleys (minimum 0 at all ones): L-BFGS must walk the curved
    /// valleys to the tolerance, which steepest descent does not do in the iteration budget.
    @Test func lbfgsFindsTheRosenbrockMinimum() {
        let minimizer = LBFGSMinimizer(tolerance: 1e-8, maxIterations: 2000, maxDisplacement: 0.5)
        let outcome = minimizer.minimize(from: [-1.2, 1, -1.2, 1, 0, 0]) { x in
            var value = 0.0, gradient = [Double](repeating: 0, count: x.count)
            for k in stride(from: 0, to: x.count, by: 2) {
                let a = x[k], b = x[k + 1]
                value += 100 * (b - a * a) * (b - a * a) + (1 - a) * (1 - a)
                gradient[k] = -400 * a * (b - a * a) - 2 * (1 - a)
                gradient[k + 1] = 200 * (b - a * a)
            }
            return (value, gradient)
        }
        #expect(outcome.converged && outcome.iterations < 500)
        #expect(outcome.x.allSatisfy { abs($0 - 1) < 1e-6 } && outcome.value < 1e-12)
    }

    /// Four atoms with a known dihedral: +60° in the IUPAC sense (viewed along b→c, d clockwise of a).
    func positions(dihedral degrees: Double) -> [SIMD3<Double>] {
        let r = degrees * .pi / 180
        return [SIMD3(1, 0, 0), SIMD3(0, 0, 0), SIMD3(0, 0, 1.5), SIMD3(cos(r), sin(r), 1.5)]
    }

    @Test func angleFollowsTheIUPACSignAndWraps() {
        let restraint = DihedralRestraint(0, 1, 2, 3, target: 0, constant: 1)
        #expect(abs(restraint.angle(positions(dihedral: 60)) * 180 / .pi - 60) < 1e-9)
        #expect(abs(restraint.angle(positions(dihedral: -100)) * 180 / .pi + 100) < 1e-9)
        #expect(abs(DihedralRestraint.wrappedDifference(.pi * 170 / 180, -.pi * 170 / 180) * 180 / .pi + 20) < 1e-9)
        #expect(abs(DihedralRestraint.wrappedDifference(-.pi * 170 / 180, .pi * 170 / 180) * 180 / .pi - 20) < 1e-9)
    }

    /// The restraint's forces are the negative gradient of its energy (central differences), also
    /// across the ±180° seam, and its energy is ½kΔ² with Δ wrapped.
    @Test(arguments: [(60.0, 40.0), (170.0, -170.0), (-175.0, 178.0)])
    func forcesAreTheNegativeGradient(_ angle: Double, _ target: Double) {
        let k = 500.0, restraint = DihedralRestraint(0, 1, 2, 3, target: target * .pi / 180, constant: k)
        var x = positions(dihedral: angle)
        x[0] += SIMD3(0.1, -0.2, 0.3)
        func energyAndForces(_ p: [SIMD3<Double>]) -> (Double, [SIMD3<Double>]) {
            var f = [SIMD3<Double>](repeating: .zero, count: 4)
            let e = p.withUnsafeBufferPointer { xp in f.withUnsafeMutableBufferPointer { restraint.apply(xp, $0) } }
            return (e, f)
        }
        let (energy, forces) = energyAndForces(x)
        let delta = DihedralRestraint.wrappedDifference(restraint.angle(x), restraint.target)
        #expect(abs(energy - 0.5 * k * delta * delta) < 1e-9 && abs(delta) < .pi / 2)
        let h = 1e-6
        for atom in 0..<4 {
            for axis in 0..<3 {
                var plus = x, minus = x
                plus[atom][axis] += h
                minus[atom][axis] -= h
                let numeric = -(energyAndForces(plus).0 - energyAndForces(minus).0) / (2 * h)
                #expect(abs(numeric - forces[atom][axis]) < 1e-5 * max(1, abs(numeric)), "atom \(atom) axis \(axis)")
            }
        }
    }
}
