/// The two storage variants of VNEC, chosen by the IRD ratio nnz / (slots × lanes).
public enum VNECVariant: String, Sendable, CaseIterable {
    /// VNEC-D: lane-window slots (zero-padded SIMD4 values + window start); one aligned value load,
    /// one contiguous load of compact x and one multiply-add per slot.
    case dense
    /// VNEC-S: unpadded values with compacted column indices; one scalar multiply-add per nonzero on the
    /// compact x. Chosen when slots would be mostly padding.
    case sparse

    /// IRD at or above which VNEC-D is chosen. By bytes alone a slot (32 + 4 bytes for IRD × 4 nonzeros) beats
    /// 12 bytes per nonzero when IRD > 0.75; when the matrix sits in cache the SIMD slot product wins earlier
    /// (measured on the 2-core Xeon: VNEC-D 4.2 vs VNEC-S 3.4 GFLOP/s on bcsstk13, IRD 0.675), hence 0.6.
    public static let denseThreshold = 0.6

    /// The variant for a measured IRD.
    public static func choose(ird: Double) -> VNECVariant {
        ird >= denseThreshold ? .dense : .sparse
    }
}
