import Foundation
import Testing
@testable import C4SCore

@Suite struct BLASThreadsTests {
    /// Thread counts observed inside the holds, collected under a lock.
    final class Observed: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var counts: [Int] = []
        func record(_ count: Int) { lock.lock(); counts.append(count); lock.unlock() }
    }

    @Test func concurrentHoldersSeeOneThreadAndTheLastRestoresTheProcessCount() {
        let before = BLASThreads.current
        let observed = Observed()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            BLASThreads.beginSingleThreaded()
            observed.record(BLASThreads.current)
            BLASThreads.endSingleThreaded()
        }
        #expect(observed.counts.count == 8 && observed.counts.allSatisfy { $0 == 1 })
        #expect(BLASThreads.current == before)
    }
}
