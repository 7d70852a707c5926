import Dispatch

/// Splits an index range into contiguous chunks and runs them on all cores.
public enum ParallelFor {
    /// Calls `body` once per chunk of `0..<count`, with `workers` chunks of near-equal size,
    /// concurrently; returns when all chunks are done. `body` receives the chunk index and range.
    /// Every chunk runs at the caller's thread priority (`ThreadPriority`): work started on a
    /// lowered job thread stays below the UI on the pool threads too. A pool thread gets its own
    /// priority back after the chunk where the process may raise priorities (else it stays lower).
    /// - Precondition: `count >= 0`, `workers >= 1`. Chunks are disjoint, so `body` may write
    ///   to disjoint parts of a shared buffer without locks.
    public static func chunks(
        count: Int, workers: Int, _ body: @Sendable (_ chunk: Int, _ range: Range<Int>) -> Void
    ) {
        precondition(count >= 0 && workers >= 1, "ParallelFor.chunks: count >= 0 and workers >= 1")
        let n = min(workers, max(count, 1))
        if n == 1 {
            body(0, 0..<count)
            return
        }
        let priority = ThreadPriority.current
        DispatchQueue.concurrentPerform(iterations: n) { chunk in
            let own = ThreadPriority.current
            if own != priority { ThreadPriority.set(priority) }
            body(chunk, range(of: chunk, count: count, chunks: n))
            if own != priority { ThreadPriority.set(own) }
        }
    }

    /// The range of chunk `chunk` when `0..<count` is split into `chunks` near-equal parts.
    public static func range(of chunk: Int, count: Int, chunks: Int) -> Range<Int> {
        let base = count / chunks, extra = count % chunks
        let start = chunk * base + min(chunk, extra)
        return start..<(start + base + (chunk < extra ? 1 : 0))
    }
}
