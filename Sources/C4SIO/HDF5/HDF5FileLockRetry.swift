import CHDF5
import Foundation

/// Opens or creates a file, waiting out a briefly held file lock.
///
/// HDF5 `flock`s every file it opens. When any thread of this process spawns a child process
/// (Foundation's `Process`) while HDF5 is opening a file, the child may inherit the descriptor and
/// hold the lock until it execs or exits, so a reopen right after closing can meet a lock that no
/// real writer holds. Lock conflicts are therefore retried for a short while; a lock still held
/// after `patience` (e.g. by another program writing the file) is reported as an error.
enum HDF5FileLockRetry {
    /// How long to keep retrying a lock conflict, in seconds.
    static let patience: TimeInterval = 5
    /// The pause between attempts, in seconds.
    static let pause: TimeInterval = 0.01

    /// Runs `attempt` inside the HDF5 lock until it returns a valid file identifier (non-negative),
    /// retrying lock conflicts; any other failure throws at once with HDF5's stack. The file's
    /// descriptor is marked close-on-exec.
    static func run(_ operation: String, path: String, _ attempt: () -> hid_t) throws -> hid_t {
        let deadline = Date(timeIntervalSinceNow: patience)
        while true {
            let (id, stack): (hid_t, HDF5ErrorStack?) = HDF5Library.serialized {
                let id = attempt()
                // Taken before any other HDF5 call, which would clear the stack.
                guard id >= 0 else { return (id, HDF5ErrorStack.take()) }
                HDF5CloseOnExec.apply(toFile: id)
                return (id, nil)
            }
            guard let stack else { return id }
            guard stack.isFileLockConflict, Date() < deadline else { throw stack.error(operation, path: path) }
            Thread.sleep(forTimeInterval: pause)
        }
    }
}
