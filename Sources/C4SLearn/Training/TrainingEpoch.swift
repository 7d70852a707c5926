/// What one finished epoch of `MiniBatchTrainer` reports.
public struct TrainingEpoch: Sendable, Equatable {
    /// 1-based epoch number.
    public let epoch: Int
    /// Mean training loss over the epoch's batches (weighted by batch size).
    public let trainingLoss: Double
    /// Validation loss after the epoch.
    public let validationLoss: Double
    /// Adam's step size used in the epoch.
    public let learningRate: Double
    /// Rows processed in the epoch.
    public let rows: Int
    /// Wall-clock seconds of the epoch.
    public let seconds: Double
}
