/// The storage variants of VNEC, chosen by the IRD ratio nnz / (slots × lanes) as the one that moves the fewest
/// bytes per product (with 16-bit indices; values dominate and are the same 8 bytes per nonzero in every variant).
public enum VNECVariant: String, Sendable, CaseIterable {
    /// VNEC-D: lane-window slots (zero-padded SIMD4 values + window start); one aligned value load,
    /// one contiguous load of compact x and one multiply-add per slot. 32 + 2 bytes per slot.
    case dense
    /// VNEC-P: the slots of VNEC-D with the padding left out: the nonzeros' values only, plus a window start and a
    /// 4-bit lane mask (one byte) per slot; the values are moved to their lanes in registers. 8 bytes per nonzero
    /// + 2 + 1 per slot.
    case packed
    /// VNEC-S: unpadded values with compacted column indices; compact x gathered 4 lanes at a time, one FMA per
    /// 4 nonzeros. 8 + 2 bytes per nonzero.
    case sparse

    /// IRD below which VNEC-S is chosen: 8 + 2 bytes per nonzero against 8 per nonzero + 3 per slot, i.e. 2 < 3 / (4·IRD).
    public static let sparseBelow = 0.375
    /// IRD from which VNEC-D is chosen: 34 bytes per slot against 8 per nonzero + 3 per slot, i.e. 31 <= 32·IRD.
    public static let denseFrom = 31.0 / 32

    /// The variant for a measured IRD.
    public static func choose(ird: Double) -> VNECVariant {
        ird >= denseFrom ? .dense : ird < sparseBelow ? .sparse : .packed
    }
}
