import Foundation
import Testing
import C4SLearn
@testable import C4SDiffusion

@Suite struct ProbabilityFlowODETests {
    let field = GaussianScoreField(variances: [0.25, 2.0], schedule: .standard)

    /// log N(x; 0, diag(v)) at t_min, where the data's marginal has variance ᾱ v + σ².
    func exactLogDensity(_ x: [Double]) -> Double {
        let t = field.schedule.time(ofStep: 1)
        return (0..<2).reduce(0) { sum, k in
            let v = field.marginalVariance(k, t)
            return sum - 0.5 * (log(2 * Double.pi * v) + x[k] * x[k] / v)
        }
    }

    @Test func exactScoreOfGaussianDataGivesExactLogDensities() {
        let points: [Double] = [0.1, -0.4, 0.8, 2.1, -0.9, -1.5]
        var log = [Double](repeating: 0, count: 3), random = NormalRandom(seed: 1)
        points.withUnsafeBufferPointer { x in
            log.withUnsafeMutableBufferPointer {
                ProbabilityFlowODE(steps: 200).logDensity(field, of: x.baseAddress!, rows: 3, estimator: .exact,
                                                          into: $0.baseAddress!, workspace: (), random: &random)
            }
        }
        for r in 0..<3 {
            #expect(abs(log[r] - exactLogDensity(Array(points[(2 * r)..<(2 * r + 2)]))) < 2e-3, "point \(r)")
        }
    }

    @Test func odeSamplesOfGaussianDataHaveItsVariances() {
        let rows = 2500
        var x = [Double](repeating: 0, count: 2 * rows), random = NormalRandom(seed: 2)
        x.withUnsafeMutableBufferPointer { ProbabilityFlowODE(steps: 100).sample(field, rows: rows, into: $0.baseAddress!, workspace: (), random: &random) }
        for k in 0..<2 {
            let variance = stride(from: k, to: x.count, by: 2).reduce(0) { $0 + x[$1] * x[$1] } / Double(rows)
            #expect(abs(variance / field.variances[k] - 1) < 0.1, "coordinate \(k): \(variance)")
        }
    }

    @Test func ancestralSamplesOfGaussianDataHaveItsVariances() {
        let rows = 2500
        var x = [Double](repeating: 0, count: 2 * rows), random = NormalRandom(seed: 3)
        x.withUnsafeMutableBufferPointer { AncestralSampler.sample(field, rows: rows, into: $0.baseAddress!, workspace: (), random: &random) }
        for k in 0..<2 {
            let variance = stride(from: k, to: x.count, by: 2).reduce(0) { $0 + x[$1] * x[$1] } / Double(rows)
            #expect(abs(variance / field.variances[k] - 1) < 0.1, "coordinate \(k): \(variance)")
        }
    }
}
