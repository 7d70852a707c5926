import Synchronization

/// Results of a unit engine keyed by the exact geometry (element symbols, the bit patterns of every
/// coordinate), the charge and the method, holding at most `capacity` entries (oldest evicted first).
final class UnitResultCache: Sendable {
    /// The identity of one evaluation.
    struct Key: Hashable {
        let method: String
        let charge: Int
        let elements: [String]
        let coordinates: [UInt64]

        init(method: String, geometry: UnitGeometry) {
            self.method = method
            charge = geometry.charge
            elements = geometry.elements
            coordinates = geometry.positions.flatMap { [$0.x.bitPattern, $0.y.bitPattern, $0.z.bitPattern] }
        }
    }

    private let capacity: Int
    private let state = Mutex<(results: [Key: UnitEvaluation], order: [Key])>(([:], []))

    /// An empty cache of at most `capacity` results. - Precondition: `capacity >= 0`.
    init(capacity: Int) {
        precondition(capacity >= 0, "UnitResultCache: capacity >= 0")
        self.capacity = capacity
    }

    /// The stored result for `key`, reported as taking 0 s.
    func result(for key: Key) -> UnitEvaluation? {
        state.withLock { $0.results[key] }.map { UnitEvaluation(energy: $0.energy, forces: $0.forces, seconds: 0) }
    }

    /// Stores `result` for `key`, evicting the oldest entry when full.
    func store(_ result: UnitEvaluation, for key: Key) {
        guard capacity > 0 else { return }
        state.withLock { s in
            if s.results.updateValue(result, forKey: key) == nil { s.order.append(key) }
            if s.order.count > capacity { s.results[s.order.removeFirst()] = nil }
        }
    }

    /// Number of stored results.
    var count: Int { state.withLock { $0.results.count } }
}
