/// The workspace of one batched forward and backward pass of a `DenseNetwork`: every layer's
/// input and pre-activation for up to `capacity` rows, and two scratch buffers for the backward
/// pass. Reused across calls, so passes allocate nothing.
///
/// Not thread-safe: each thread uses its own tape.
public final class DenseNetworkTape {
    /// Largest batch (rows) the tape holds.
    public let capacity: Int
    /// Rows of the last forward pass.
    public internal(set) var rows = 0
    /// `activations[l]`: input of layer l (rows × width), `activations[L]` the network's output.
    let activations: [UnsafeMutablePointer<Double>]
    /// `preactivations[l]`: z of layer l (rows × outputs of layer l).
    let preactivations: [UnsafeMutablePointer<Double>]
    /// Backward scratch, each rows × widest layer.
    let deltaA: UnsafeMutablePointer<Double>
    let deltaB: UnsafeMutablePointer<Double>

    /// A tape for `network` holding up to `capacity` rows. - Precondition: `capacity >= 1`.
    public init(for network: DenseNetwork, capacity: Int) {
        precondition(capacity >= 1, "DenseNetworkTape capacity must be >= 1")
        self.capacity = capacity
        let sizes = network.layerSizes, widest = sizes.max() ?? 1
        activations = sizes.map { .allocate(capacity: capacity * $0) }
        preactivations = sizes.dropFirst().map { .allocate(capacity: capacity * $0) }
        deltaA = .allocate(capacity: capacity * widest)
        deltaB = .allocate(capacity: capacity * widest)
    }

    deinit {
        (activations + preactivations + [deltaA, deltaB]).forEach { $0.deallocate() }
    }

    /// The output of the last forward pass: rows × outputs, row-major.
    public var output: UnsafePointer<Double> { UnsafePointer(activations[activations.count - 1]) }
}
