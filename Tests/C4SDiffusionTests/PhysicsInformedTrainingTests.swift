import Foundation
import Testing
import C4SLearn
@testable import C4SDiffusion

@Suite struct PhysicsInformedTrainingTests {
    /// The loss's back-propagated parameter gradient against central differences of the same loss,
    /// with the collocation randomness fixed by the seed.
    @Test(arguments: [DivergenceEstimator.exact, .hutchinson(probes: 2)])
    func lossGradientMatchesFiniteDifferences(_ divergence: DivergenceEstimator) {
        let model = DiffusionModel(schedule: .standard, embedding: TimeEmbedding(frequencies: 2),
                                   standardization: Standardization(mean: [0, 0], scale: [1, 1]), width: 8, hiddenLayers: 2, seed: 5)
        let points: [Double] = [0.2, -0.3, -0.8, 0.5, 1.1, 0.4]
        let training = PhysicsInformedTraining(training: points, validation: points, boundaryWeight: 2, divergence: divergence,
                                               reducedEnergyGradient: { x in [2 * x[0], 0.5 * x[1]] })
        let stencil = training.stencil(dimension: 2)
        let workspace = model.makeWorkspace(capacity: 3 * (stencil.rowsPerPoint + 2))
        func loss(_ m: DiffusionModel, _ gradient: UnsafeMutablePointer<Double>?) -> Double {
            var random = NormalRandom(seed: 21)
            return training.loss(m, points: points, indices: 0..<3, latestTime: 0.6, stencil: stencil, workspace: workspace,
                                 random: &random, gradient: gradient)
        }
        var gradient = [Double](repeating: 0, count: model.network.parameterCount)
        _ = gradient.withUnsafeMutableBufferPointer { loss(model, $0.baseAddress!) }
        let h = 1e-5
        for i in stride(from: 0, to: gradient.count, by: 7) {
            var plus = model, minus = model
            plus.network.parameters[i] += h
            minus.network.parameters[i] -= h
            let numeric = (loss(plus, nil) - loss(minus, nil)) / (2 * h)
            #expect(abs(numeric - gradient[i]) < 1e-4 * max(1, abs(numeric)), "parameter \(i): \(numeric) vs \(gradient[i])")
        }
    }

    /// The exact score of Gaussian data, s = −x/(ᾱv + σ²), satisfies the Fokker–Planck equation: its
    /// stencil residual is finite-difference small (relative to the size of ∂s/∂t), while the score of
    /// the same variances at a wrong time (a field that is not a solution) leaves an O(1) residual.
    @Test(arguments: [DivergenceEstimator.exact, .hutchinson(probes: 1)])
    func exactGaussianScoreHasNoResidual(_ divergence: DivergenceEstimator) {
        let schedule = NoiseSchedule.standard
        let field = GaussianScoreField(variances: [0.05, 2], schedule: schedule)
        let stencil = FokkerPlanckStencil(dimension: 2, divergence: divergence, spatialStep: 1e-3, timeStep: 1e-4)
        var random = NormalRandom(seed: 3)
        for t in [0.01, 0.1, 0.3, 0.6] {
            let point = [0.3, -1.2], probes = stencil.probes(&random), beta = schedule.beta(t)
            var x = [[Double]](repeating: [], count: stencil.rowsPerPoint), times = [Double](repeating: 0, count: stencil.rowsPerPoint)
            stencil.layout(point: point, time: t, probes: probes) { row, position, time in
                x[row] = position
                times[row] = time
            }
            func residual(lag: Double) -> [Double] {
                stencil.residual(beta: beta, probes: probes, x: { x[$0][$1] }, s: { row, k in
                    let time = times[row] * lag
                    return -x[row][k] / field.marginalVariance(k, time)
                })
            }
            let scale = (0..<2).map { k in abs((x[0][k] / field.marginalVariance(k, t * 1.01) - x[0][k] / field.marginalVariance(k, t)) / (0.01 * t)) }
            let exact = residual(lag: 1), wrong = residual(lag: 0.9)
            for k in 0..<2 {
                #expect(abs(exact[k]) < 1e-5 * max(scale[k], 1), "t \(t) axis \(k): residual \(exact[k]) vs ∂s/∂t \(scale[k])")
            }
            #expect(wrong.map(abs).max()! > 0.01 * scale.max()!, "t \(t): a wrong field must leave a residual, got \(wrong)")
        }
    }

    /// Collocation times lie in the asked range, and the inverse of σ(t) is exact.
    @Test func collocationTimesStayInRangeAndInvertSigma() {
        let times = CollocationTimes(schedule: .standard)
        var random = NormalRandom(seed: 8)
        for _ in 0..<200 {
            let t = times.draw(earliest: 0.003, latest: 0.4, random: &random)
            #expect(t >= 0.003 && t <= 0.4)
        }
        let t = times.time(ofSigma: NoiseSchedule.standard.sigma(0.27), in: 0.002...1)
        #expect(abs(t - 0.27) < 1e-9)
    }

    /// The curriculum widens the collocation times to 1 over its fraction of the epochs.
    @Test func curriculumReachesTheLastTime() {
        let training = PhysicsInformedTraining(training: [0, 0], validation: [0, 0], boundaryWeight: 1, divergence: .exact,
                                               curriculum: 0.5, reducedEnergyGradient: { $0 })
        #expect(training.latestTime(epoch: 0, of: 10) == 0.2)
        #expect(training.latestTime(epoch: 4, of: 10) == 1)
        #expect(training.latestTime(epoch: 9, of: 10) == 1)
    }
}
