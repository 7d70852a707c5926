import Foundation
import Testing
import C4SLearn
@testable import C4SDiffusion

@Suite struct MetropolisChainTests {
    @Test func chainOnTheGaussianMixtureMatchesItsGridDensity() {
        let system = GaussianMixture2D(), grid = system.gridDensity(bins: 20, subsamples: 4)
        let chain = system.metropolisChain(start: SIMD2(0, 0), steps: 400_000, thinning: 2, seed: 8)
        let histogram = SampleHistogram(points: chain.points, grid: grid)
        #expect(DistributionDivergence.jensenShannon(histogram.probabilities, grid.probabilities) < 0.01)
        for (p, e) in zip(histogram.basinPopulations, grid.basinPopulations) { #expect(abs(p - e) < 0.03) }
        #expect((0.2...0.7).contains(chain.acceptance))
    }

    /// An AR(1) series x_{n+1} = ρ x_n + √(1 − ρ²) z has τ = (1 + ρ)/(1 − ρ).
    @Test func autocorrelationTimeOfAnAR1Series() {
        let rho = 0.9, n = 400_000
        var random = NormalRandom(seed: 12), x = 0.0, series = [Double]()
        for _ in 0..<n {
            x = rho * x + (1 - rho * rho).squareRoot() * random.next()
            series.append(x)
        }
        #expect(abs(IntegratedAutocorrelation.time(series) / ((1 + rho) / (1 - rho)) - 1) < 0.08)
    }

    @Test func divergencesAndCoverageOfSimpleDistributions() {
        #expect(DistributionDivergence.jensenShannon([0.5, 0.5], [0.5, 0.5]) == 0)
        #expect(abs(DistributionDivergence.jensenShannon([1, 0], [0, 1]) - log(2.0)) < 1e-15)
        #expect(abs(DistributionDivergence.kullbackLeibler([0.5, 0.5], [0.25, 0.75]) - 0.5 * log(2.0) - 0.5 * log(2.0 / 3)) < 1e-15)
        let coverage = GridCoverage(model: [0.5, 0.5, 0, 0], reference: [0.4, 0, 0.6, 0], threshold: 0.1)
        #expect(coverage.accuracy == 0.5 && coverage.precision == 0.5 && coverage.recall == 0.5 && coverage.f1 == 0.5)
    }
}
