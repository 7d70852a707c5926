import Foundation
import Testing
@testable import C4SLearn

@Suite struct MiniBatchTrainerTests {
    /// y = sin x on [−π, π], 256 training rows and 64 validation rows.
    func sineData(rows: Int, seed: UInt64) -> RegressionData {
        var random = NormalRandom(seed: seed)
        let x = (0..<rows).map { _ in (2 * random.uniform.nextUnit() - 1) * Double.pi }
        return RegressionData(inputs: x, targets: x.map(sin), inputCount: 1, outputCount: 1)
    }

    func fit(seed: UInt64, epochs: Int, patience: Int? = nil, batchSize: Int = 32, averageDecay: Double? = nil) throws -> (DenseNetwork, TrainingReport, RegressionData) {
        let train = sineData(rows: 256, seed: 1), validation = sineData(rows: 64, seed: 2)
        var network = DenseNetwork(layerSizes: [1, 16, 16, 1], hidden: .tanh, seed: seed)
        let tape = DenseNetworkTape(for: network, capacity: 256)
        let trainer = MiniBatchTrainer(configuration: TrainingConfiguration(
            epochs: epochs, batchSize: batchSize, learningRate: 0.01, finalLearningRateFactor: 0.05, patience: patience, seed: seed,
            averageDecay: averageDecay))
        let report = try trainer.train(&network, rows: train.rows, batchLoss: { net, batch, gradient in
            gradient.withUnsafeMutableBufferPointer { train.meanSquaredError(net, rows: batch, tape: tape, gradient: $0.baseAddress!) }
        }, validationLoss: { validation.meanSquaredError($0, rows: 0..<validation.rows, tape: tape) })
        return (network, report, validation)
    }

    @Test func fitsASineWithinOnePercentOfItsAmplitude() throws {
        let (network, report, validation) = try fit(seed: 7, epochs: 600)
        #expect(report.bestEpoch.validationLoss < 1e-4)
        let maxError = zip(network.evaluate(validation.inputs), validation.targets).map { abs($0 - $1) }.max()!
        #expect(maxError < 0.01)
    }

    /// One epoch of one full batch is one Adam step θ₀ → θ₁, so the kept average must be
    /// d θ₀ + (1 − d) θ₁ exactly; and over many epochs the averaged network still fits.
    @Test func movingAverageOfTheParametersIsWhatIsKept() throws {
        let initial = DenseNetwork(layerSizes: [1, 16, 16, 1], hidden: .tanh, seed: 5).parameters
        let stepped = try fit(seed: 5, epochs: 1, batchSize: 256).0.parameters
        let averaged = try fit(seed: 5, epochs: 1, batchSize: 256, averageDecay: 0.9).0.parameters
        #expect(stepped != initial)
        for i in averaged.indices { #expect(abs(averaged[i] - (0.9 * initial[i] + 0.1 * stepped[i])) < 1e-14) }
        #expect(try fit(seed: 7, epochs: 300, averageDecay: 0.99).1.bestEpoch.validationLoss < 1e-3)
    }

    @Test func theSameSeedGivesTheSameNetwork() throws {
        #expect(try fit(seed: 3, epochs: 5).0 == fit(seed: 3, epochs: 5).0)
        #expect(try fit(seed: 3, epochs: 5).0 != fit(seed: 4, epochs: 5).0)
    }

    @Test func earlyStoppingKeepsTheBestEpoch() throws {
        let (network, report, validation) = try fit(seed: 7, epochs: 400, patience: 5)
        let tape = DenseNetworkTape(for: network, capacity: 64)
        #expect(report.epochs.count < 400 ? report.stoppedEarly : true)
        #expect(report.bestEpoch.validationLoss == report.epochs.map(\.validationLoss).min())
        #expect(validation.meanSquaredError(network, rows: 0..<64, tape: tape) == report.bestEpoch.validationLoss)
    }
}
