import CBLAS
import Foundation

/// OpenBLAS's own thread count, which is process-wide. Jobs that already split their work over
/// cores hold OpenBLAS to one thread while they run (`beginSingleThreaded`/`endSingleThreaded`),
/// so the two levels of threads do not compete for the same cores; the count the process had
/// comes back when the last such job ends, also when several run at once.
public enum BLASThreads {
    private final class Holds: @unchecked Sendable {
        let lock = NSLock()
        var count = 0
        var saved = 1
    }

    private static let holds = Holds()

    /// The number of threads OpenBLAS currently uses per call.
    public static var current: Int { Int(openblas_get_num_threads()) }

    /// Holds OpenBLAS to one thread until the matching `endSingleThreaded()`.
    public static func beginSingleThreaded() {
        holds.lock.lock()
        defer { holds.lock.unlock() }
        if holds.count == 0 {
            holds.saved = current
            openblas_set_num_threads(1)
        }
        holds.count += 1
    }

    /// Releases one hold; the last release restores the count saved by the first.
    /// - Precondition: a `beginSingleThreaded()` is outstanding.
    public static func endSingleThreaded() {
        holds.lock.lock()
        defer { holds.lock.unlock() }
        precondition(holds.count > 0, "BLASThreads.endSingleThreaded without beginSingleThreaded")
        holds.count -= 1
        if holds.count == 0 { openblas_set_num_threads(Int32(holds.saved)) }
    }
}
