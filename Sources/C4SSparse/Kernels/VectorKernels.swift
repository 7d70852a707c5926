import C4SCore

/// Dense Float64 vector kernels for the solvers, split over threads (one thread below 32768 elements).
/// Partial sums go to a preallocated per-thread buffer; nothing allocates per call.
struct VectorKernels: Sendable {
    /// Vector length.
    let count: Int
    /// Threads used.
    let threads: Int
    private let partials: AlignedBuffer<Double>

    init(count: Int, threads: Int) {
        self.count = count
        self.threads = count < 32768 ? 1 : max(1, threads)
        partials = AlignedBuffer(count: 8 * self.threads, repeating: 0)
    }

    /// Σ a[i]·b[i].
    func dot(_ a: AlignedBuffer<Double>, _ b: AlignedBuffer<Double>) -> Double {
        let partials = partials
        ParallelFor.chunks(count: count, workers: threads) { chunk, range in
            let pa = a.pointer, pb = b.pointer
            var s = 0.0
            for i in range { s += pa[i] * pb[i] }
            partials[8 * chunk] = s
        }
        return total()
    }

    /// y[i] = alpha·x[i] + beta·y[i] for all i.
    func scaleAdd(_ alpha: Double, _ x: AlignedBuffer<Double>, _ beta: Double, into y: AlignedBuffer<Double>) {
        ParallelFor.chunks(count: count, workers: threads) { _, range in
            let px = x.pointer, py = y.pointer
            for i in range { py[i] = alpha * px[i] + beta * py[i] }
        }
    }

    /// out[i] = a[i] + alpha·b[i] for all i, returning Σ out[i]².
    func combine(_ a: AlignedBuffer<Double>, _ alpha: Double, _ b: AlignedBuffer<Double>, into out: AlignedBuffer<Double>) -> Double {
        let partials = partials
        ParallelFor.chunks(count: count, workers: threads) { chunk, range in
            let pa = a.pointer, pb = b.pointer, po = out.pointer
            var s = 0.0
            for i in range {
                let v = pa[i] + alpha * pb[i]
                po[i] = v
                s += v * v
            }
            partials[8 * chunk] = s
        }
        return total()
    }

    private func total() -> Double {
        var s = 0.0
        for t in 0..<min(threads, max(count, 1)) { s += partials[8 * t] }
        return s
    }
}
