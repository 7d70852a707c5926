import Foundation
import Synchronization
import Testing
import C4SCore

@Suite struct ThreadPriorityTests {
    /// Runs `body` on a fresh thread and waits for it.
    static func onNewThread(_ body: @escaping @Sendable () -> Void) {
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            done.signal()
        }
        thread.start()
        done.wait()
    }

    @Test func parallelChunksRunAtTheLoweredPriorityOfTheirCaller() {
        let seen = Mutex<[Int32]>([])
        Self.onNewThread {
            #expect(ThreadPriority.set(ThreadPriority.background))
            #expect(ThreadPriority.current == ThreadPriority.background)
            ParallelFor.chunks(count: 64, workers: 4) { _, _ in
                seen.withLock { $0.append(ThreadPriority.current) }
                Thread.sleep(forTimeInterval: 0.002)           // keep the chunks on several pool threads
            }
        }
        #expect(seen.withLock { $0 } == [Int32](repeating: ThreadPriority.background, count: 4))
    }

    @Test func lowerPriorityIsPerThread() {
        let caller = ThreadPriority.current
        let inside = Mutex<Int32>(0)
        Self.onNewThread {
            ThreadPriority.set(min(caller + 3, 19))
            inside.withLock { $0 = ThreadPriority.current }
        }
        #expect(inside.withLock { $0 } == min(caller + 3, 19))
        #expect(ThreadPriority.current == caller)
    }
}
