import C4SCore
import C4SLearn
import Foundation

/// How `MLTrainer` trains.
public struct MLTrainingOptions: Sendable {
    /// Hidden layer widths of every element's network.
    public var hidden: [Int] = [64, 32]
    /// Largest number of epochs.
    public var epochs = 200
    /// Conformations per mini-batch.
    public var batchSize = 32
    /// Adam step size at the start; decays geometrically to `finalLearningRate` at the last epoch or
    /// at the time limit, whichever comes first.
    public var learningRate = 1e-3
    /// Adam step size at the last epoch.
    public var finalLearningRate = 1e-5
    /// Force weight ρ of the loss ((kcal/mol)² per atom against (kcal/mol/Å)² per component).
    public var forceWeight = 0.1
    /// Epochs without a better validation loss before stopping.
    public var patience = 40
    /// Wall-clock limit in seconds (training stops after the epoch that passes it).
    public var timeLimit = Double.infinity
    /// Seed of the initial weights and the batch order.
    public var seed: UInt64 = 1
    /// Threads for descriptors and forces.
    public var workers = 1

    /// Default options.
    public init() {}
}

/// One epoch of `MLTrainer.train`.
public struct MLTrainingEpoch: Sendable {
    /// 1-based epoch.
    public let epoch: Int
    /// Mean training loss over the epoch's batches.
    public let trainLoss: Double
    /// Validation loss (same definition as the training loss).
    public let validationLoss: Double
    /// Validation energy MAE (kcal/mol) and force MAE (kcal/mol/Å).
    public let validationEnergyMAE: Double
    public let validationForceMAE: Double
    /// Seconds since training began.
    public let seconds: Double
}

/// Trains an `MLUnitPotential` on energies and forces: self-energies by least squares, feature
/// standardisation from the training atoms, then Adam on mini-batches of conformations with the
/// loss of `MLTrainingBatch` (energy and exact force terms), keeping the weights of the epoch with
/// the lowest validation loss and stopping after `patience` epochs without improvement.
public enum MLTrainer {
    /// The trained potential and the epochs run. `progress` sees each epoch and may throw to stop
    /// (the error is rethrown). - Throws: `MLPotentialError` when there is no training or
    /// validation conformation.
    public static func train(_ sets: [MLConformationSet], options: MLTrainingOptions, aev: AEVParameters = .units,
                             progress: (MLTrainingEpoch) throws -> Void) throws -> (potential: MLUnitPotential, epochs: [MLTrainingEpoch]) {
        let start = ContinuousClock.now
        var train: [MLSampleIndex] = [], validation: [MLSampleIndex] = []
        for (i, set) in sets.enumerated() {
            train += set.indices(in: .train).map { MLSampleIndex(set: i, conformation: $0) }
            validation += set.indices(in: .validation).map { MLSampleIndex(set: i, conformation: $0) }
        }
        guard !train.isEmpty, !validation.isEmpty else {
            throw MLPotentialError(reason: "training needs conformations in both the train and validation splits; got \(train.count) and \(validation.count)")
        }
        var potential = MLUnitPotential(aev: aev, hidden: options.hidden, seed: options.seed)
        potential.selfEnergies = MLSelfEnergyFit.fit(sets)
        (potential.featureMean, potential.featureScale) = MLFeatureStatistics.compute(sets, aev: aev, limit: 300, workers: options.workers)
        let trainer = MLTrainingBatch(potential: potential, workers: options.workers)
        var parameters = trainer.parameters
        var adam = AdamOptimizer(parameterCount: parameters.count, learningRate: options.learningRate)
        var random = SplitMix64(seed: options.seed ^ 0x5eed)
        var best = (loss: Double.infinity, parameters: parameters, epoch: 0)
        var epochs: [MLTrainingEpoch] = []
        for epoch in 1...options.epochs {
            let fraction = min(1, max(Double(epoch - 1) / Double(max(options.epochs - 1, 1)),
                                      WallClock.seconds(since: start) / options.timeLimit))
            adam.learningRate = options.learningRate * pow(options.finalLearningRate / options.learningRate, fraction)
            train.shuffle(using: &random)
            var sum = 0.0, batches = 0
            for first in stride(from: 0, to: train.count, by: options.batchSize) {
                let samples = Array(train[first..<min(first + options.batchSize, train.count)])
                let (loss, gradient) = trainer.loss(samples, of: sets, forceWeight: options.forceWeight, gradient: true)
                adam.step(&parameters, gradient: gradient)
                trainer.parameters = parameters
                sum += loss
                batches += 1
            }
            var validationLoss = 0.0
            for first in stride(from: 0, to: validation.count, by: 64) {
                let samples = Array(validation[first..<min(first + 64, validation.count)])
                validationLoss += trainer.loss(samples, of: sets, forceWeight: options.forceWeight, gradient: false).loss * Double(samples.count)
            }
            validationLoss /= Double(validation.count)
            if validationLoss < best.loss { best = (validationLoss, parameters, epoch) }
            let accuracy = MLAccuracy.measure(trainer.batch.potential, on: sets, split: .validation, limit: 20, workers: options.workers)
            let record = MLTrainingEpoch(epoch: epoch, trainLoss: sum / Double(batches), validationLoss: validationLoss,
                                         validationEnergyMAE: accuracy.overall.energyMAE, validationForceMAE: accuracy.overall.forceMAE,
                                         seconds: WallClock.seconds(since: start))
            epochs.append(record)
            try progress(record)
            if epoch - best.epoch >= options.patience || record.seconds >= options.timeLimit { break }
        }
        trainer.parameters = best.parameters
        return (trainer.batch.potential, epochs)
    }
}
