import Foundation
import Testing
import C4SLearn
@testable import C4SDiffusion

@Suite struct ForwardNoisingTests {
    /// x₀ ~ N(μ, v) noised to t has mean √ᾱ μ and variance ᾱ v + σ².
    @Test(arguments: [0.05, 0.3, 0.7])
    func noisedDataHasTheVPMarginalMoments(_ t: Double) {
        let schedule = NoiseSchedule.standard, mu = 1.5, v = 0.36, n = 200_000
        var random = NormalRandom(seed: 4), sum = 0.0, squares = 0.0
        for _ in 0..<n {
            let x = schedule.perturb(mu + v.squareRoot() * random.next(), time: t, noise: random.next())
            sum += x
            squares += x * x
        }
        let mean = sum / Double(n), variance = squares / Double(n) - mean * mean
        let expectedVariance = schedule.alphaBar(t) * v + schedule.sigma(t) * schedule.sigma(t)
        #expect(abs(mean - schedule.alphaBar(t).squareRoot() * mu) < 4 * (expectedVariance / Double(n)).squareRoot())
        #expect(abs(variance / expectedVariance - 1) < 0.01)
    }
}
