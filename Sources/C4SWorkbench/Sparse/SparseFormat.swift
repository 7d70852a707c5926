import C4SCore
import C4SSparse
import Foundation

/// The SpMV formats a job can run, and their conversion from CSR.
public enum SparseFormat: String, Sendable, CaseIterable {
    /// Compressed sparse row (the baseline; no conversion).
    case csr
    /// SELL-C-σ with C = 4.
    case sell
    /// VNEC (merge-path parts, compacted columns, lane-window slots, D/S by IRD).
    case vnec

    /// A CSR matrix converted to this format, with the wall-clock conversion time in seconds and
    /// format facts (name → value) for the result.
    /// - Parameters:
    ///   - sigma: SELL sorting window in rows.
    ///   - variant: VNEC variant to force (nil = by IRD).
    ///   - partsPerThread: VNEC merge-path parts per thread (nil = `VNECMatrix.defaultPartsPerThread`).
    ///   - streamingStores: VNEC writes y with non-temporal stores (nil = by size, `VNECMatrix.streamingRows`).
    /// - Throws: the format's `SparseMatrixError`.
    public func convert(_ csr: CSRMatrix, sigma: Int, variant: VNECVariant?, partsPerThread: Int?,
                        streamingStores: Bool? = nil) throws
        -> (matrix: any SparseOperator, seconds: Double, facts: [String: Double]) {
        let start = ContinuousClock.now
        switch self {
        case .csr:
            return (csr, 0, ["index_bytes": Double(csr.columnIndices.bytesPerIndex)])
        case .sell:
            let m = try SELLMatrix(csr, sigma: sigma)
            return (m, WallClock.seconds(since: start), ["fill_ratio": m.fillRatio, "sigma": Double(m.sigma)])
        case .vnec:
            let m = try VNECMatrix(csr, partsPerThread: partsPerThread, variant: variant, streamingStores: streamingStores)
            return (m, WallClock.seconds(since: start),
                    ["ird": m.ird, "vnec_dense": m.variant == .dense ? 1 : 0, "vnec_packed": m.variant == .packed ? 1 : 0, "slots": Double(m.slots),
                     "compact_columns": Double(m.compactColumns),
                     "gather_free_parts": Double(m.gatherFreeParts), "parts": Double(m.parts),
                     "narrow_index_parts": Double(m.narrowIndexParts), "streams_y": m.streamsY ? 1 : 0])
        }
    }
}
