/// Two atoms by their 0-based indices, e.g. a covalent bond.
public struct AtomPair: Sendable, Equatable, Hashable {
    /// 0-based index of the first atom.
    public let first: Int
    /// 0-based index of the second atom.
    public let second: Int

    /// Creates a pair of atom indices.
    public init(_ first: Int, _ second: Int) {
        self.first = first
        self.second = second
    }
}
