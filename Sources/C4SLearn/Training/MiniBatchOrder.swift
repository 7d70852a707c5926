import C4SCore

/// The order in which an epoch visits a training set: a seeded Fisher–Yates shuffle of
/// `0..<count`, cut into consecutive batches.
public struct MiniBatchOrder: Sendable {
    /// Row indices in visiting order.
    public private(set) var indices: [Int]
    private var random: SplitMix64

    /// An order over `count` rows fixed by `seed`. - Precondition: `count >= 1`.
    public init(count: Int, seed: UInt64) {
        precondition(count >= 1, "MiniBatchOrder needs at least one row")
        indices = Array(0..<count)
        random = SplitMix64(seed: seed)
    }

    /// Reshuffles for the next epoch and returns the batches of at most `size` indices.
    public mutating func nextEpoch(batchSize size: Int) -> [ArraySlice<Int>] {
        indices.shuffle(using: &random)
        return stride(from: 0, to: indices.count, by: size).map { indices[$0..<min($0 + size, indices.count)] }
    }
}
