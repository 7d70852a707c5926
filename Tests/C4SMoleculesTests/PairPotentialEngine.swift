import Foundation
@testable import C4SMolecules

/// A smooth analytic unit engine for tests: E = Σ_{i<j} w_i w_j exp(−r_ij/2) over the unit's atoms
/// (w from the element), forces its exact negative gradient.
struct PairPotentialEngine: UnitEngine {
    let name = "pair-potential"

    func evaluate(_ geometries: [UnitGeometry], progress: @escaping @Sendable (Int) throws -> Void) throws -> [UnitEvaluation] {
        geometries.map { g in
            let w = g.elements.map { ["H": 0.3, "C": 1.1, "N": 1.4, "O": 1.7, "S": 2.0][$0] ?? 1.0 }
            var energy = 0.0
            var forces = [SIMD3<Double>](repeating: .zero, count: g.positions.count)
            for i in g.positions.indices {
                for j in (i + 1)..<g.positions.count {
                    let d = g.positions[i] - g.positions[j]
                    let r = (d * d).sum().squareRoot()
                    let e = w[i] * w[j] * exp(-r / 2)
                    energy += e
                    forces[i] += d * (e / (2 * r))
                    forces[j] -= d * (e / (2 * r))
                }
            }
            return UnitEvaluation(energy: energy, forces: forces, seconds: 0)
        }
    }
}
