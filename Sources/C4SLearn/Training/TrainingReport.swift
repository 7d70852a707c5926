/// The outcome of `MiniBatchTrainer.train`: every epoch and the one whose parameters were kept.
public struct TrainingReport: Sendable, Equatable {
    /// Every epoch run, in order.
    public let epochs: [TrainingEpoch]
    /// The epoch with the lowest validation loss, whose parameters the network holds afterwards.
    public let bestEpoch: TrainingEpoch
    /// True when training ended early for lack of validation improvement.
    public let stoppedEarly: Bool
}
