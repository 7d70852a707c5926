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

@Suite struct BasinAutocorrelationTests {
    /// Records hopping among the Gaussian mixture's three basins as a Markov chain that leaves its
    /// state with probability q per record for either other one: each indicator decays as μᵏ with
    /// μ = 1 − 3q/2, so τ = (1 + μ)/(1 − μ) records.
    @Test func hoppingAmongThreeBasinsHasItsExactAutocorrelationTime() {
        let system = GaussianMixture2D(), grid = system.gridDensity(bins: 40, subsamples: 2)
        let q = 0.05, thinning = 3, records = 300_000, mu = 1 - 1.5 * q
        var random = NormalRandom(seed: 21), state = 0, points = [Double]()
        for _ in 0..<records {
            if random.uniform.nextUnit() < q { state = (state + 1 + Int(random.uniform.next() & 1)) % 3 }
            let m = grid.basinMinima[state]
            points += [m.x, m.y]
        }
        let chain = MetropolisChain(points: points, steps: records * thinning, thinning: thinning, acceptance: 1, periodic: false)
        let tau = chain.basinAutocorrelationSteps(grid: grid), exact = (1 + mu) / (1 - mu) * Double(thinning)
        #expect(grid.basinMinima.count == 3)
        #expect(abs(tau / exact - 1) < 0.15, "τ = \(tau) steps, exact \(exact)")
    }

    @Test func aChainStuckInOneOfSeveralBasinsHasNoEstimate() {
        let system = GaussianMixture2D(), grid = system.gridDensity(bins: 40, subsamples: 2), m = grid.basinMinima[0]
        let chain = MetropolisChain(points: Array(repeating: [m.x, m.y], count: 100).flatMap { $0 }, steps: 1000, thinning: 10,
                                    acceptance: 0, periodic: false)
        #expect(chain.basinAutocorrelationSteps(grid: grid) == 1000)
    }
}
