import Dispatch
import Foundation

/// While alive, turns the first Ctrl-C (SIGINT) or SIGTERM into a call of `action` (a clean
/// cancellation); a second Ctrl-C ends the process at once.
final class InterruptForwarder {
    private let sources: [any DispatchSourceSignal]

    /// Starts forwarding. - Parameter action: called once, on a background queue.
    init(_ action: @escaping @Sendable () -> Void) {
        let queue = DispatchQueue(label: "c4s.signals")
        sources = [SIGINT, SIGTERM].map { sig in
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: queue)
            source.setEventHandler {
                FileHandle.standardError.write(Data("\nstopping (Ctrl-C again to abort at once)…\n".utf8))
                action()
                signal(sig, SIG_DFL)
            }
            source.resume()
            return source
        }
    }

    /// Stops forwarding and restores the default signal handling.
    func remove() {
        for s in sources { s.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
