import C4SCore

/// How `FlashFFTEngine` runs a problem: T steps split into chunks of fused steps, each chunk one T-fold kernel
/// applied through FFTs (the whole grid for periodic boundaries, overlap-save tiles for Dirichlet), and the
/// cost model's predictions.
public struct FlashFFTPlan: Sendable, Equatable {
    /// Steps of the longest chunk (the fusion depth); chunks differ in length by at most one step.
    public let fusedSteps: Int
    /// Number of chunks (1 when all steps are fused).
    public let chunks: Int
    /// FFT sides (z, y, x order, the grid's rank): the whole grid for periodic boundaries, one tile
    /// (output block plus 2·r·fusedSteps halo per axis) for Dirichlet.
    public let tile: [Int]
    /// Predicted seconds of this plan (nil when the plan was given rather than chosen).
    public let predictedSeconds: Double?

    /// Creates a plan. - Precondition: fusedSteps ≥ 1, chunks ≥ 1, every tile side ≥ 1.
    public init(fusedSteps: Int, chunks: Int, tile: [Int], predictedSeconds: Double?) {
        precondition(fusedSteps >= 1 && chunks >= 1 && tile.allSatisfy { $0 >= 1 }, "FlashFFTPlan: invalid plan")
        self.fusedSteps = fusedSteps
        self.chunks = chunks
        self.tile = tile
        self.predictedSeconds = predictedSeconds
    }

    /// The step count of each chunk for `steps` steps in `chunks` chunks: the longer chunks first.
    static func chunkLengths(steps: Int, chunks: Int) -> [Int] {
        (0..<chunks).map { ParallelFor.range(of: $0, count: steps, chunks: chunks).count }
    }

    /// The fewest chunks of at most `fused` steps covering `steps` steps.
    static func chunks(steps: Int, fused: Int) -> Int { (steps + fused - 1) / fused }
}
