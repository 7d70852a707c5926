import Foundation
import Testing
@testable import C4SDiffusion

@Suite struct ReferenceDensityTests {
    @Test func gaussianMixtureGridIsNormalisedAndItsNormaliserIsOne() {
        let grid = GaussianMixture2D().gridDensity(bins: 100, subsamples: 4)
        #expect(abs(grid.probabilities.reduce(0, +) - 1) < 1e-12)
        // p is normalised over the plane and the domain holds all but a negligible tail: ln Z ≈ 0.
        #expect(abs(grid.logNormalizer) < 1e-4)
        #expect(grid.basinMinima.count == 3)
    }

    /// Populations from an independent NumPy/SciPy steepest-descent computation on a 300 × 300 grid
    /// of [−1.7, 1.3] × [−0.6, 2.2] at β = 0.05: 0.8051, 0.1286, 0.0664.
    @Test func mullerBrownHasThreePopulatedBasinsAtKT20() {
        let grid = MullerBrownPotential().gridDensity(bins: 200, subsamples: 2)
        #expect(grid.basinMinima.count == 3)
        let expected = [0.8051, 0.1286, 0.0664]
        for (p, e) in zip(grid.basinPopulations, expected) { #expect(abs(p - e) < 0.003, "\(grid.basinPopulations)") }
        #expect(abs(grid.basinMinima[0].x - -0.558) < 0.02 && abs(grid.basinMinima[0].y - 1.442) < 0.02)
    }

    @Test func mullerBrownEnergyAndGradientAtItsGlobalMinimum() {
        let mb = MullerBrownPotential(), minimum = SIMD2(-0.55822367, 1.4417258)
        #expect(abs(mb.energy(minimum) - -146.69951720995337) < 1e-8)
        #expect(abs(mb.energyGradient(minimum).x) < 1e-4 && abs(mb.energyGradient(minimum).y) < 1e-4)
        let p = SIMD2(0.2, 0.9), h = 1e-6
        let numeric = SIMD2((mb.energy(p + SIMD2(h, 0)) - mb.energy(p - SIMD2(h, 0))) / (2 * h),
                            (mb.energy(p + SIMD2(0, h)) - mb.energy(p - SIMD2(0, h))) / (2 * h))
        #expect(abs(numeric.x - mb.energyGradient(p).x) < 1e-5 && abs(numeric.y - mb.energyGradient(p).y) < 1e-5)
    }

    @Test func drawsFromTheGridFollowItsProbabilities() {
        let grid = GaussianMixture2D().gridDensity(bins: 20, subsamples: 4)
        let histogram = SampleHistogram(points: grid.draw(count: 200_000, seed: 3), grid: grid)
        #expect(DistributionDivergence.jensenShannon(histogram.probabilities, grid.probabilities) < 1e-3)
    }
}

@Suite struct GaussianMixtureTests {
    @Test func reducedEnergyGradientMatchesFiniteDifferences() {
        let gm = GaussianMixture2D(), p = SIMD2(0.4, -0.3), h = 1e-6
        let numeric = SIMD2((gm.reducedEnergy(p + SIMD2(h, 0)) - gm.reducedEnergy(p - SIMD2(h, 0))) / (2 * h),
                            (gm.reducedEnergy(p + SIMD2(0, h)) - gm.reducedEnergy(p - SIMD2(0, h))) / (2 * h))
        let g = gm.reducedEnergyGradient(p)
        #expect(abs(numeric.x - g.x) < 1e-6 && abs(numeric.y - g.y) < 1e-6)
    }
}
