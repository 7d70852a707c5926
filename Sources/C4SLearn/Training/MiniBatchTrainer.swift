import C4SCore
import Foundation

/// The training loop: shuffled mini-batches, Adam with cosine-decayed step size, an optional
/// exponential moving average of the parameters, validation after every epoch and early stopping
/// that restores the best parameters.
///
/// The loss is the caller's: `batchLoss` receives the network, the batch's row indices and a
/// zeroed gradient vector, adds ∂loss/∂parameters into it and returns the batch's mean loss. So
/// the same loop trains a regression, a denoising score model or a physics-informed residual.
public struct MiniBatchTrainer: Sendable {
    /// Epochs, batch size, step size, early stopping, seed.
    public let configuration: TrainingConfiguration

    /// A trainer with this configuration.
    public init(configuration: TrainingConfiguration) {
        self.configuration = configuration
    }

    /// Trains `network` in place on `rows` training rows.
    /// - Parameters:
    ///   - batchLoss: mean loss of a batch; adds its parameter gradient into the zeroed vector.
    ///   - validationLoss: loss of the current network on held-out data (lower is better).
    ///   - onEpoch: called after each epoch; may throw to stop (e.g. cancellation), leaving the
    ///     network at its latest parameters.
    /// - Returns: the epochs run and the best one, whose parameters `network` then holds.
    public func train(_ network: inout DenseNetwork, rows: Int,
                      batchLoss: (DenseNetwork, ArraySlice<Int>, inout [Double]) throws -> Double,
                      validationLoss: (DenseNetwork) throws -> Double,
                      onEpoch: (TrainingEpoch) throws -> Void = { _ in }) throws -> TrainingReport {
        let c = configuration
        var adam = AdamOptimizer(parameterCount: network.parameterCount, learningRate: c.learningRate)
        var order = MiniBatchOrder(count: rows, seed: c.seed)
        var gradient = Array(repeating: 0.0, count: network.parameterCount)
        var epochs: [TrainingEpoch] = []
        var best: (epoch: TrainingEpoch, parameters: [Double])?
        var sinceImprovement = 0, stoppedEarly = false
        var average = c.averageDecay == nil ? [] : network.parameters
        for epoch in 1...c.epochs {
            let start = ContinuousClock.now
            let progress = c.epochs == 1 ? 1 : Double(epoch - 1) / Double(c.epochs - 1)
            adam.learningRate = c.learningRate * (c.finalLearningRateFactor + (1 - c.finalLearningRateFactor) * 0.5 * (1 + cos(Double.pi * progress)))
            var lossSum = 0.0
            for batch in order.nextEpoch(batchSize: c.batchSize) {
                for i in gradient.indices { gradient[i] = 0 }
                lossSum += try batchLoss(network, batch, &gradient) * Double(batch.count)
                adam.step(&network.parameters, gradient: gradient)
                if let d = c.averageDecay {
                    for i in average.indices { average[i] = d * average[i] + (1 - d) * network.parameters[i] }
                }
            }
            var evaluated = network
            if c.averageDecay != nil { evaluated.parameters = average }
            let record = TrainingEpoch(epoch: epoch, trainingLoss: lossSum / Double(rows),
                                       validationLoss: try validationLoss(evaluated), learningRate: adam.learningRate,
                                       rows: rows, seconds: WallClock.seconds(since: start))
            epochs.append(record)
            if best == nil || record.validationLoss < best!.epoch.validationLoss - c.minimumImprovement {
                best = (record, evaluated.parameters)
                sinceImprovement = 0
            } else {
                sinceImprovement += 1
            }
            try onEpoch(record)
            if let patience = c.patience, sinceImprovement >= patience {
                stoppedEarly = true
                break
            }
        }
        network.parameters = best!.parameters
        return TrainingReport(epochs: epochs, bestEpoch: best!.epoch, stoppedEarly: stoppedEarly)
    }
}
