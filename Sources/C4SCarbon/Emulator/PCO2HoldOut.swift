/// The split of the emulator's rows: held-out spatial blocks (every 10° × 10° block whose index ≡ 3 mod 7,
/// about 1/7 of the ocean, in every month), held-out months (April and October, every cell) and the rest
/// for training, of which every 10th row (by index) is the validation set for early stopping.
public struct PCO2HoldOut: Sendable, Equatable {
    /// Months held out.
    public static let heldOutMonths: Set<Int> = [4, 10]

    /// Rows for training.
    public let training: [Int]
    /// Rows for early stopping (from the training blocks and months).
    public let validation: [Int]
    /// Rows in held-out blocks (months not held out).
    public let blocks: [Int]
    /// Rows in held-out months (blocks not held out).
    public let months: [Int]

    /// Splits the rows of `samples`.
    public init(samples: [PCO2Sample]) {
        var training: [Int] = [], validation: [Int] = [], blocks: [Int] = [], months: [Int] = []
        for (i, s) in samples.enumerated() {
            let blockOut = s.block % 7 == 3, monthOut = Self.heldOutMonths.contains(s.month)
            switch (blockOut, monthOut) {
            case (true, false): blocks.append(i)
            case (false, true): months.append(i)
            case (true, true): continue
            case (false, false): if i % 10 == 0 { validation.append(i) } else { training.append(i) }
            }
        }
        self.training = training
        self.validation = validation
        self.blocks = blocks
        self.months = months
    }
}
