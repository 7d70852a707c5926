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
        let stencil = FokkerPlanckStencil(dimension: 2, directions: 2, spatialStep: 1e-3, timeStep: 1e-4)
        let workspace = model.makeWorkspace(capacity: 3 * (stencil.rowsPerPoint + 1))
        func loss(_ m: DiffusionModel, _ gradient: UnsafeMutablePointer<Double>?) -> Double {
            var random = NormalRandom(seed: 21)
            return training.loss(m, points: points, indices: 0..<3, stencil: stencil, workspace: workspace, random: &random, gradient: gradient)
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
}
