import Synchronization

/// Plans by key: the first request for a key plans (FFTW's planner, serialised process-wide), later requests
/// for an equal key return the same `FFTPlan` object. Thread-safe. Plans live as long as the cache (or longer,
/// while callers hold them).
public final class FFTPlanCache: Sendable {
    private let plans = Mutex<[FFTPlanKey: FFTPlan]>([:])

    /// The plans of this process: jobs share it, so repeating a transform never plans it again.
    public static let shared = FFTPlanCache()

    /// An empty cache.
    public init() {}

    /// The plan for `key`, planned on first request.
    /// - Throws: `SpectralError.planningFailed` when FFTW returns no plan (nothing is cached then).
    public func plan(_ key: FFTPlanKey) throws -> FFTPlan {
        try plans.withLock { plans in
            if let cached = plans[key] { return cached }
            let made = try FFTPlan(key)
            plans[key] = made
            return made
        }
    }

    /// Number of plans held.
    public var count: Int { plans.withLock { $0.count } }
}
