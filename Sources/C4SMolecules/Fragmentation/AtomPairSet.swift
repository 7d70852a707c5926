/// A symmetric set of unordered atom pairs (i, j), i ≠ j, of a structure of `count` atoms, stored as
/// a `count` × `count` bit matrix.
public struct AtomPairSet: Sendable, Equatable {
    /// Number of atoms the indices range over.
    public let count: Int
    private var bits: [UInt64]

    /// An empty set over `count` atoms. - Precondition: `count >= 0`.
    public init(count: Int) {
        precondition(count >= 0, "AtomPairSet: count >= 0")
        self.count = count
        bits = [UInt64](repeating: 0, count: (count * count + 63) / 64)
    }

    /// Adds every pair of distinct atoms in `atoms`. - Precondition: indices in `0..<count`.
    public mutating func insertAllPairs(of atoms: [Int]) {
        for i in atoms {
            for j in atoms where j != i { set(i * count + j) }
        }
    }

    /// Whether the pair (i, j) is in the set. - Precondition: indices in `0..<count`.
    public func contains(_ i: Int, _ j: Int) -> Bool {
        let k = i * count + j
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    private mutating func set(_ k: Int) { bits[k >> 6] |= 1 << UInt64(k & 63) }
}
