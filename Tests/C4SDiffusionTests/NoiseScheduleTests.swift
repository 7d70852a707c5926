import Foundation
import Testing
@testable import C4SDiffusion

@Suite struct NoiseScheduleTests {
    @Test func stepBetasFollowDiGsSigmoidFormula() {
        let s = NoiseSchedule(kind: .sigmoid, steps: 500, betaStart: 1e-4, betaEnd: 0.04)
        for i in [1, 100, 250, 377, 500] {
            let u = Double(i) / 500
            #expect(s.stepBeta(i) == (0.04 - 1e-4) / (1 + exp(12 * (0.5 - u))) + 1e-4)
            #expect(s.beta(u) == 500 * s.stepBeta(i))
        }
    }

    @Test func stepBetasOfTheLinearScheduleAreEvenlySpaced() {
        let s = NoiseSchedule(kind: .linear, steps: 1000, betaStart: 1e-4, betaEnd: 0.02)
        #expect(abs(s.stepBeta(1000) - 0.02) < 1e-15)
        #expect(abs(s.stepBeta(500) - (1e-4 + 0.02) / 2) < 1e-15)
    }

    @Test(arguments: NoiseScheduleKind.allCases)
    func integratedBetaMatchesTheTrapezoidRule(_ kind: NoiseScheduleKind) {
        let s = NoiseSchedule(kind: kind, steps: 500, betaStart: 1e-4, betaEnd: 0.04)
        let n = 200_000
        var integral = 0.0
        for j in 0..<n {
            let a = Double(j) / Double(n), b = Double(j + 1) / Double(n)
            integral += 0.5 * (s.beta(a) + s.beta(b)) * (b - a)
            if j + 1 == n / 4 || j + 1 == n {
                #expect(abs(integral - s.integratedBeta(b)) < 1e-8 * max(1, integral))
            }
        }
        #expect(s.integratedBeta(0) == 0)
        #expect(abs(s.alphaBar(0.3) + s.sigma(0.3) * s.sigma(0.3) - 1) < 1e-14)
    }

    @Test func ancestralBetasAgreeWithTheFormulaWithinOneStepsChange() {
        let s = NoiseSchedule.standard
        for i in 1...s.steps {
            // β̃_i integrates β over (t_{i−1}, t_i]: it lies between β_{i−1} and β_i up to O(β²).
            let beta = s.stepBeta(i), previous = s.stepBeta(at: s.time(ofStep: i - 1))
            #expect(abs(s.ancestralBeta(i) - beta) <= abs(beta - previous) + beta * beta)
        }
        // Π(1 − β̃_i) is exactly ᾱ(1).
        let product = (1...s.steps).reduce(1.0) { $0 * (1 - s.ancestralBeta($1)) }
        #expect(abs(product / s.alphaBar(1) - 1) < 1e-10)
    }
}
