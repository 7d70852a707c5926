import CHDF5
import Foundation

/// The one gate through which every HDF5 call of this module passes.
///
/// Debian's HDF5 is the serial build, which is not thread-safe: two threads inside the library at
/// once corrupt its global state (identifier tables, the error stack, the metadata cache). Every
/// call into HDF5 therefore runs inside `HDF5Library.serialized`, which holds one process-wide
/// recursive lock (recursive so that a wrapper may call another wrapper, and so that a `deinit`
/// that closes an identifier may run while the lock is already held). The first use also turns
/// off HDF5's automatic printing of error stacks to stderr; errors are read from the stack into
/// `HDF5Error` instead.
enum HDF5Library {
    /// The process-wide lock around all HDF5 calls.
    private static let lock = NSRecursiveLock()

    /// Opens the library and silences automatic error printing, exactly once per process
    /// (Swift initialises a `static let` once, thread-safely).
    private static let initialized: Bool = {
        _ = H5open()
        _ = H5Eset_auto2(c4s_H5E_DEFAULT(), nil, nil)
        return true
    }()

    /// Runs `body` while holding the HDF5 lock, after making sure the library is initialised.
    static func serialized<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        _ = initialized
        return try body()
    }
}
