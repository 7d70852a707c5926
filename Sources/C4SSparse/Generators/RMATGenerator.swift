import C4SCore

/// R-MAT power-law graphs (Chakrabarti, Zhan and Faloutsos 2004) as square CSR adjacency matrices.
///
/// Each of `edgeFactor · 2^scale` edges picks, level by level, one quadrant of the adjacency matrix with
/// probabilities a, b, c and d = 1 − a − b − c. Every edge has value 1; repeated edges are summed, so a value
/// counts the edges between two vertices. The edges are drawn in 64 fixed blocks, each from its own
/// `SplitMix64` seeded from `seed` and the block number, so the graph depends on the seed only, not on the
/// number of threads that generate it.
public enum RMATGenerator {
    /// Generates the graph on `threads` threads.
    /// - Parameters:
    ///   - scale: log2 of the vertex count, 1...30.
    ///   - edgeFactor: edges per vertex, 1...1024.
    ///   - a, b, c: quadrant probabilities, each in [0, 1] with a + b + c <= 1.
    /// - Throws: `SparseMatrixError.invalidParameter` for a value outside those ranges.
    public static func generate(scale: Int, edgeFactor: Int, a: Double = 0.57, b: Double = 0.19, c: Double = 0.19,
                                seed: UInt64, threads: Int = 1) throws -> CSRMatrix {
        guard (1...30).contains(scale) else {
            throw SparseMatrixError.invalidParameter(name: "rmat scale", value: "\(scale)", valid: "an integer from 1 to 30")
        }
        guard (1...1024).contains(edgeFactor) else {
            throw SparseMatrixError.invalidParameter(name: "rmat edgeFactor", value: "\(edgeFactor)", valid: "an integer from 1 to 1024")
        }
        guard [a, b, c].allSatisfy({ $0 >= 0 && $0 <= 1 }), a + b + c <= 1 else {
            throw SparseMatrixError.invalidParameter(name: "rmat a, b, c", value: "\(a), \(b), \(c)",
                                                     valid: "probabilities in [0, 1] with a + b + c <= 1")
        }
        guard threads >= 1 else { throw SparseMatrixError.invalidParameter(name: "threads", value: "\(threads)", valid: "at least 1") }
        let vertices = 1 << scale, edges = edgeFactor << scale
        let sources = AlignedBuffer<Int>(count: edges, repeating: 0)
        let targets = AlignedBuffer<Int>(count: edges, repeating: 0)
        let blocks = 64
        let ab = a + b, abc = a + b + c
        ParallelFor.chunks(count: blocks, workers: threads) { _, blockRange in
            for block in blockRange {
                var rng = SplitMix64(seed: seed &* 0x9e37_79b9_7f4a_7c15 &+ UInt64(block))
                for e in ParallelFor.range(of: block, count: edges, chunks: blocks) {
                    var row = 0, column = 0
                    for level in 0..<scale {
                        let u = rng.nextUnit(), bit = 1 << (scale - 1 - level)
                        if u >= abc { row |= bit; column |= bit } else if u >= ab { row |= bit } else if u >= a { column |= bit }
                    }
                    sources[e] = row
                    targets[e] = column
                }
            }
        }
        return try CSRMatrix(rows: vertices, columns: vertices, rowIndices: sources.array, columnIndices: targets.array,
                             values: [Double](repeating: 1, count: edges), threads: threads)
    }
}
