import CHDF5
import Foundation

/// The one gate through which every HDF5 call of this module passes.
///
/// Every call into HDF5 runs inside `HDF5Library.serialized`, which holds one process-wide
/// recursive lock (recursive so that a wrapper may call another wrapper, and so that a `deinit`
/// that closes an identifier may run while the lock is already held). Debian's "serial" HDF5
/// 1.10 is built with its own thread-safety lock for the core library, but its high-level library
/// (the H5DS dimension scales used here) is not thread-safe, and HDF5 builds without that option
/// are not thread-safe at all; one lock makes every build safe, and keeps reading the error stack
/// right after a failed call free of interleaving.
///
/// HDF5's automatic printing of error stacks to stderr is turned off on entry: in a thread-safe
/// build the setting (like the error stack itself) belongs to the calling thread, so it is applied
/// on each entry rather than once. Errors are read from the stack into `HDF5Error` instead.
enum HDF5Library {
    /// The process-wide lock around all HDF5 calls.
    private static let lock = NSRecursiveLock()

    /// Runs `body` while holding the HDF5 lock, with automatic error printing off for this thread.
    static func serialized<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        _ = H5Eset_auto2(c4s_H5E_DEFAULT(), nil, nil)
        return try body()
    }
}
