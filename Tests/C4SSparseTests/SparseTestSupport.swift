import C4SCore
import C4SSparse

/// Random triplet matrices and dense references for the format tests.
enum SparseTestSupport {
    /// A seeded random matrix: `density` of positions filled, optional duplicated entries, values in [-1, 1),
    /// rows in `emptyRows` and columns in `emptyColumns` left empty.
    static func randomTriplets(rows: Int, columns: Int, density: Double, seed: UInt64, duplicates: Bool = false,
                               emptyRows: Set<Int> = [], emptyColumns: Set<Int> = []) -> (r: [Int], c: [Int], v: [Double]) {
        var rng = SplitMix64(seed: seed)
        var r: [Int] = [], c: [Int] = [], v: [Double] = []
        for i in 0..<rows where !emptyRows.contains(i) {
            for j in 0..<columns where !emptyColumns.contains(j) && rng.nextUnit() < density {
                let copies = duplicates && rng.nextUnit() < 0.3 ? 2 : 1
                for _ in 0..<copies {
                    r.append(i); c.append(j); v.append(2 * rng.nextUnit() - 1)
                }
            }
        }
        // Shuffle so that the builder has to sort.
        for k in stride(from: r.count - 1, to: 0, by: -1) {
            let s = Int(rng.next() % UInt64(k + 1))
            r.swapAt(k, s); c.swapAt(k, s); v.swapAt(k, s)
        }
        return (r, c, v)
    }

    /// y = A·x from triplets, summing duplicates, in plain loops.
    static func denseProduct(rows: Int, columns: Int, _ t: (r: [Int], c: [Int], v: [Double]), _ x: [Double]) -> [Double] {
        var dense = [Double](repeating: 0, count: rows * columns)
        for k in t.r.indices { dense[t.r[k] * columns + t.c[k]] += t.v[k] }
        return (0..<rows).map { i in (0..<columns).reduce(0) { $0 + dense[i * columns + $1] * x[$1] } }
    }

    /// A seeded x in [-1, 1).
    static func vector(_ n: Int, seed: UInt64) -> [Double] {
        var rng = SplitMix64(seed: seed)
        return (0..<n).map { _ in 2 * rng.nextUnit() - 1 }
    }

    /// max |a − b| / max |b| (0 when both are zero).
    static func relativeError(_ a: [Double], _ b: [Double]) -> Double {
        precondition(a.count == b.count)
        let difference = zip(a, b).reduce(0) { max($0, abs($1.0 - $1.1)) }
        let scale = b.reduce(0) { max($0, abs($1)) }
        return difference == 0 ? 0 : difference / max(scale, .leastNormalMagnitude)
    }

    /// Every format and setting under test, converted from `csr`.
    static func allFormats(_ csr: CSRMatrix, threads: Int) throws -> [(name: String, matrix: any SparseOperator)] {
        let t = csr.withThreads(threads)
        return [
            ("csr", t),
            ("sell sigma=4", try SELLMatrix(t, sigma: 4)),
            ("sell sigma=256", try SELLMatrix(t, sigma: 256)),
            ("vnec auto", try VNECMatrix(t)),
            ("vnec dense", try VNECMatrix(t, variant: .dense)),
            ("vnec packed", try VNECMatrix(t, variant: .packed)),
            ("vnec sparse", try VNECMatrix(t, variant: .sparse)),
            ("vnec dense 3 parts/thread", try VNECMatrix(t, partsPerThread: 3, variant: .dense)),
            ("vnec packed 4 parts/thread", try VNECMatrix(t, partsPerThread: 4, variant: .packed)),
            ("vnec sparse 5 parts/thread", try VNECMatrix(t, partsPerThread: 5, variant: .sparse)),
        ]
    }
}
