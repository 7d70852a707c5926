/// How a network is trained by `MiniBatchTrainer`: epochs, batch size, Adam's step, early
/// stopping and the seed that fixes every random choice (initial shuffle order, noise draws).
public struct TrainingConfiguration: Sendable, Equatable {
    /// Passes over the training set (≥ 1).
    public var epochs: Int
    /// Rows per Adam step (≥ 1); the last batch of an epoch may be smaller.
    public var batchSize: Int
    /// Adam's step size at the first epoch.
    public var learningRate: Double
    /// Factor applied to the step size at the last epoch, reached by cosine decay (1 keeps it constant).
    public var finalLearningRateFactor: Double
    /// Stop after this many epochs without a validation improvement larger than `minimumImprovement`
    /// (nil: never stop early); the best parameters seen are restored.
    public var patience: Int?
    /// Smallest decrease of the validation loss that counts as an improvement.
    public var minimumImprovement: Double
    /// Seed of the batch order and of whatever randomness the loss draws.
    public var seed: UInt64
    /// Decay d of an exponential moving average of the parameters, updated after every Adam step
    /// (θ̄ ← d θ̄ + (1 − d) θ); when set, validation, early stopping and the parameters kept use θ̄.
    /// nil: no averaging. Must lie in (0, 1).
    public var averageDecay: Double?

    /// A configuration. - Precondition: `epochs >= 1`, `batchSize >= 1`, `learningRate > 0`.
    public init(epochs: Int, batchSize: Int, learningRate: Double = 1e-3, finalLearningRateFactor: Double = 1,
                patience: Int? = nil, minimumImprovement: Double = 0, seed: UInt64 = 1, averageDecay: Double? = nil) {
        precondition(epochs >= 1 && batchSize >= 1 && learningRate > 0 && finalLearningRateFactor > 0,
                     "TrainingConfiguration: epochs, batch size, learning rate and its final factor must be positive")
        precondition(averageDecay.map { $0 > 0 && $0 < 1 } ?? true, "TrainingConfiguration: averageDecay must lie in (0, 1)")
        self.epochs = epochs
        self.batchSize = batchSize
        self.learningRate = learningRate
        self.finalLearningRateFactor = finalLearningRateFactor
        self.patience = patience
        self.minimumImprovement = minimumImprovement
        self.seed = seed
        self.averageDecay = averageDecay
    }
}
