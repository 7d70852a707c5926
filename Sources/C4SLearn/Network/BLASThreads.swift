import CBLAS

/// OpenBLAS's own thread count. Callers that already split work over cores set it to 1 so the two
/// levels of threads do not compete for the same cores.
public enum BLASThreads {
    /// Sets the number of threads OpenBLAS uses per call. - Precondition: `count >= 1`.
    public static func set(_ count: Int) {
        precondition(count >= 1, "BLASThreads.set needs at least one thread")
        openblas_set_num_threads(Int32(count))
    }
}
