import Foundation
import Testing
import C4SLearn
@testable import C4SDiffusion

@Suite struct DiffusionModelTests {
    let model = DiffusionModel(schedule: .standard, embedding: TimeEmbedding(frequencies: 4),
                               standardization: Standardization(mean: [0, 0], scale: [1, 1]), width: 16, hiddenLayers: 2, seed: 9)
    let points: [Double] = [0.3, -0.2, -1.1, 0.7, 0.05, 1.9]

    func divergence(_ estimator: DivergenceEstimator, seed: UInt64) -> [Double] {
        let workspace = model.makeWorkspace(capacity: 3)
        var noise = [Double](repeating: 0, count: 6), div = [Double](repeating: 0, count: 3), random = NormalRandom(seed: seed)
        points.withUnsafeBufferPointer { x in
            noise.withUnsafeMutableBufferPointer { n in
                div.withUnsafeMutableBufferPointer {
                    model.predictNoiseAndDivergence(x.baseAddress!, rows: 3, time: 0.4, estimator: estimator, random: &random,
                                                    noise: n.baseAddress!, divergence: $0.baseAddress!, workspace: workspace)
                }
            }
        }
        return div
    }

    /// ε of one point at t = 0.4.
    func noise(_ x: [Double]) -> [Double] {
        var out = [0.0, 0.0]
        x.withUnsafeBufferPointer { p in out.withUnsafeMutableBufferPointer {
            model.predictNoise(p.baseAddress!, rows: 1, time: 0.4, into: $0.baseAddress!, workspace: model.makeWorkspace(capacity: 1))
        } }
        return out
    }

    @Test func exactDivergenceMatchesFiniteDifferences() {
        let exact = divergence(.exact, seed: 1), h = 1e-5
        for r in 0..<3 {
            var numeric = 0.0
            for k in 0..<2 {
                var plus = Array(points[(2 * r)..<(2 * r + 2)]), minus = plus
                plus[k] += h
                minus[k] -= h
                numeric += (noise(plus)[k] - noise(minus)[k]) / (2 * h)
            }
            #expect(abs(numeric - exact[r]) < 1e-7, "row \(r)")
        }
    }

    @Test func hutchinsonAveragesToTheExactDivergence() {
        let exact = divergence(.exact, seed: 1), estimate = divergence(.hutchinson(probes: 4000), seed: 2)
        for r in 0..<3 {
            // Var of one Rademacher probe in 2-D is 2 (J₁₂ + J₂₁)²/… ≤ 2 Σ off-diagonal²; 4000 probes shrink it 4000-fold.
            #expect(abs(estimate[r] - exact[r]) < 0.05 * max(1, abs(exact[r])), "row \(r): \(estimate[r]) vs \(exact[r])")
        }
    }
}
