import C4SCore

/// SELL-C-σ (Kreutzer, Hager, Wellein, Fehske and Bishop 2014) with chunk height C = 4 (one AVX2 vector of
/// Float64).
///
/// Rows are sorted by length, longest first, within windows of σ rows; each chunk of C consecutive sorted rows
/// is stored column-major and zero-padded to its longest row, so a product loads C values and gathers C
/// entries of x per step. `rowOfSlot` maps each sorted position back to its row (−1 for padding rows).
public final class SELLMatrix: Sendable {
    /// Chunk height C: rows per chunk, the SIMD width.
    public static let chunkHeight = 4
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// Nonzeros of the matrix (padding not counted).
    public let nonzeros: Int
    /// Sorting window σ in rows (a multiple of C).
    public let sigma: Int
    /// Threads a product runs on.
    public let threads: Int
    /// `chunkOffsets[c] ..< chunkOffsets[c + 1]` are chunk c's stored elements (multiples of C); chunks + 1 entries.
    let chunkOffsets: AlignedBuffer<Int>
    /// Stored values, padded with zeros.
    let values: AlignedBuffer<Double>
    /// Stored columns (padding points at column 0 with value 0).
    let columnIndices: AlignedBuffer<Int32>
    /// Row of each sorted position (chunks · C entries), −1 for the padding rows of the last chunk.
    let rowOfSlot: AlignedBuffer<Int32>

    /// Converts a CSR matrix.
    /// - Parameters:
    ///   - sigma: sorting window in rows, a positive multiple of C (1 chunk = no sorting).
    ///   - threads: threads for products (default: the CSR matrix's).
    /// - Throws: `SparseMatrixError.invalidParameter` for a bad σ, `.indexOverflow` when rows or columns exceed
    ///   32-bit indices.
    public init(_ csr: CSRMatrix, sigma: Int = 256, threads: Int? = nil) throws {
        let C = Self.chunkHeight
        guard sigma >= C, sigma % C == 0 else {
            throw SparseMatrixError.invalidParameter(name: "SELL sigma", value: "\(sigma)", valid: "a positive multiple of \(C)")
        }
        for d in [csr.rows, csr.columns] where d > Int(Int32.max) { throw SparseMatrixError.indexOverflow(format: "SELL-C-sigma", dimension: d) }
        let threads = threads ?? csr.threads
        guard threads >= 1 else { throw SparseMatrixError.invalidParameter(name: "threads", value: "\(threads)", valid: "at least 1") }
        rows = csr.rows
        columns = csr.columns
        nonzeros = csr.nonzeros
        self.sigma = sigma
        self.threads = threads
        let chunks = (rows + C - 1) / C
        let rp = csr.rowPointers
        func length(_ r: Int) -> Int { rp[r + 1] - rp[r] }
        var order = [Int](0..<rows)
        for start in stride(from: 0, to: rows, by: sigma) {
            let end = min(start + sigma, rows)
            order[start..<end].sort { (length($0), $1) > (length($1), $0) }
        }
        let offsets = AlignedBuffer<Int>(count: chunks + 1, repeating: 0)
        for ch in 0..<chunks {
            var width = 0
            for lane in 0..<C where ch * C + lane < rows { width = max(width, length(order[ch * C + lane])) }
            offsets[ch + 1] = offsets[ch] + width * C
        }
        let stored = offsets[chunks]
        let vals = AlignedBuffer<Double>(count: stored, repeating: 0)
        let cols = AlignedBuffer<Int32>(count: stored, repeating: 0)
        let slots = AlignedBuffer<Int32>(count: chunks * C, repeating: -1)
        for ch in 0..<chunks {
            for lane in 0..<C where ch * C + lane < rows {
                let r = order[ch * C + lane]
                slots[ch * C + lane] = Int32(r)
                for (j, k) in (rp[r]..<rp[r + 1]).enumerated() {
                    vals[offsets[ch] + j * C + lane] = csr.values[k]
                    cols[offsets[ch] + j * C + lane] = Int32(truncatingIfNeeded: csr.columnIndices[k])
                }
            }
        }
        chunkOffsets = offsets
        values = vals
        columnIndices = cols
        rowOfSlot = slots
    }

    /// Stored elements including padding.
    public var storedElements: Int { chunkOffsets[chunkOffsets.count - 1] }

    /// nonzeros / stored elements: 1 without padding.
    public var fillRatio: Double { storedElements == 0 ? 1 : Double(nonzeros) / Double(storedElements) }
}
