import Foundation
import Synchronization

/// Set by SIGINT/SIGTERM/SIGHUP while the full-screen UI runs; the UI loop polls it on every tick and
/// leaves through its normal exit path, which restores the terminal.
let terminalInterrupt = Atomic<Int32>(0)

/// Installs handlers for SIGINT, SIGTERM and SIGHUP that only record the signal number
/// (an async-signal-safe atomic store), and unblocks them and SIGWINCH (which ncurses turns into
/// KEY_RESIZE) on the calling (UI) thread:
/// the thread may have inherited a mask that blocks them, and a blocked Ctrl-C would never arrive.
func installInterruptHandlers() {
    var set = sigset_t()
    sigemptyset(&set)
    for sig in [SIGINT, SIGTERM, SIGHUP] {
        signal(sig) { number in terminalInterrupt.store(number, ordering: .relaxed) }
        sigaddset(&set, sig)
    }
    sigaddset(&set, SIGWINCH)
    pthread_sigmask(SIG_UNBLOCK, &set, nil)
}

/// Restores the default signal dispositions.
func removeInterruptHandlers() {
    for sig in [SIGINT, SIGTERM, SIGHUP] { signal(sig, SIG_DFL) }
}
