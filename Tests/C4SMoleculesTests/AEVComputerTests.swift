import Foundation
import Testing
@testable import C4SMolecules

/// The environment vectors: exact derivatives against central differences, and the hand-computed
/// value of a three-atom case.
@Suite struct AEVComputerTests {
    private func vectors(_ computer: AEVComputer, _ species: [Int], _ positions: [SIMD3<Double>],
                         jacobian: UnsafeMutablePointer<AEVJacobian>?) -> [Double] {
        let d = computer.length
        var out = [Double](repeating: 0, count: positions.count * d)
        out.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let base = buffer.baseAddress!
            computer.compute(species: species, positions: positions, row: { base + $0 * d }, jacobian: jacobian)
        }
        return out
    }

    @Test func jacobianMatchesCentralDifferencesOnARealUnit() throws {
        let (species, positions, _) = try MLPotentialFixtures.unit()
        let computer = AEVComputer(parameters: .units), d = computer.length, h = 1e-5
        var jacobian = AEVJacobian()
        let base = vectors(computer, species, positions, jacobian: &jacobian)
        #expect(jacobian.angularEntries.count > 100 && base.contains { $0 > 0 })
        var worst = 0.0, largest = 0.0
        for atom in stride(from: 0, to: positions.count, by: 3) {
            for axis in 0..<3 {
                var plus = positions, minus = positions
                plus[atom][axis] += h
                minus[atom][axis] -= h
                let gp = vectors(computer, species, plus, jacobian: nil), gm = vectors(computer, species, minus, jacobian: nil)
                var w = [SIMD3<Double>](repeating: .zero, count: positions.count)
                w[atom][axis] = 1
                var analytic = [Double](repeating: 0, count: positions.count * d)
                analytic.withUnsafeMutableBufferPointer { buffer in
                    jacobian.addDirectionalDerivatives(along: w) { buffer.baseAddress! + $0 * d }
                }
                for f in analytic.indices {
                    worst = max(worst, abs((gp[f] - gm[f]) / (2 * h) - analytic[f]))
                    largest = max(largest, abs(analytic[f]))
                }
            }
        }
        #expect(largest > 0.1)
        #expect(worst <= 1e-7 * largest, "max |FD − analytic| \(worst) vs max |dG/dR| \(largest)")
    }

    /// H at the origin with C at 1.1 Å on x and O at 1.2 Å on y: the H vector's radial C block and
    /// its {C, O} angular block computed by hand from the definitions.
    @Test func threeAtomVectorMatchesTheDefinition() {
        let p = AEVParameters.units, computer = AEVComputer(parameters: p)
        let positions: [SIMD3<Double>] = [.zero, [1.1, 0, 0], [0, 1.2, 0]]
        let g = vectors(computer, [0, 1, 3], positions, jacobian: nil)
        func fc(_ r: Double, _ rc: Double) -> Double { 0.5 * cos(Double.pi * r / rc) + 0.5 }
        let nR = p.radialShifts.count
        for (s, shift) in p.radialShifts.enumerated() {
            let x = 1.1 - shift
            let expected: Double = 0.25 * exp(-p.radialEta * x * x) * fc(1.1, p.radialCutoff)
            #expect(abs(g[1 * nR + s] - expected) < 1e-14)
        }
        let offset = p.radialLength + AEVParameters.pairIndex(1, 3) * p.angularBlock
        let theta = acos(0.95 * 0.0)
        for (t, shift) in p.angleShifts.enumerated() {
            for (m, radial) in p.angularShifts.enumerated() {
                let x = 1.15 - radial
                let angular: Double = pow((1 + cos(theta - shift)) / 2, p.zeta)
                let radial: Double = exp(-p.angularEta * x * x) * fc(1.1, 3.5) * fc(1.2, 3.5)
                let expected = 2 * angular * radial
                #expect(abs(g[offset + t * p.angularShifts.count + m] - expected) < 1e-13)
            }
        }
    }
}
