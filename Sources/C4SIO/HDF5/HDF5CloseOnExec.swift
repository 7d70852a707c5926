import CHDF5
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Keeps an open HDF5 file's descriptor out of child processes.
///
/// HDF5 opens files without `O_CLOEXEC` and holds an `flock` on them. A process spawned while a
/// file is open (a `Process` run by any thread) can inherit the descriptor and with it the lock,
/// so reopening the file after closing it would fail with "unable to lock file" until the child
/// exits. Marking the descriptor close-on-exec limits that to the moments before the child execs
/// (which `HDF5FileLockRetry` waits out).
enum HDF5CloseOnExec {
    /// Sets `FD_CLOEXEC` on the POSIX descriptor of an open file of the default (sec2) driver.
    /// Best effort: other drivers, or failures, leave the descriptor as it is.
    /// Call inside `HDF5Library.serialized`, right after opening or creating the file.
    static func apply(toFile fileID: hid_t) {
        var handle: UnsafeMutableRawPointer?
        guard H5Fget_vfd_handle(fileID, c4s_H5P_DEFAULT(), &handle) >= 0, let handle else {
            HDF5ErrorStack.clear()
            return
        }
        let descriptor = handle.load(as: Int32.self)
        let flags = fcntl(descriptor, F_GETFD)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFD, flags | FD_CLOEXEC) }
    }
}
