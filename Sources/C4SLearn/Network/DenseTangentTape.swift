/// The workspace of a forward-mode tangent pass through a `DenseNetwork` and of its reverse pass
/// (`DenseNetwork.tangentForward`, `tangentBackward`): every layer's input tangent and
/// pre-activation tangent for up to `capacity` rows, and four backward scratch buffers.
///
/// Not thread-safe: each thread uses its own tape.
public final class DenseTangentTape {
    /// Largest batch (rows) the tape holds.
    public let capacity: Int
    /// `activations[l]`: tangent of layer l's input (rows × width); `activations[L]` the output tangent.
    let activations: [UnsafeMutablePointer<Double>]
    /// `preactivations[l]`: tangent of z of layer l.
    let preactivations: [UnsafeMutablePointer<Double>]
    /// Backward scratch (primal and tangent adjoints, current and next), each rows × widest layer.
    let scratch: [UnsafeMutablePointer<Double>]

    /// A tape for `network` holding up to `capacity` rows. - Precondition: `capacity >= 1`.
    public init(for network: DenseNetwork, capacity: Int) {
        precondition(capacity >= 1, "DenseTangentTape capacity must be >= 1")
        self.capacity = capacity
        let sizes = network.layerSizes, widest = sizes.max() ?? 1
        activations = sizes.map { .allocate(capacity: capacity * $0) }
        preactivations = sizes.dropFirst().map { .allocate(capacity: capacity * $0) }
        scratch = (0..<4).map { _ in .allocate(capacity: capacity * widest) }
    }

    deinit {
        (activations + preactivations + scratch).forEach { $0.deallocate() }
    }

    /// The output tangent of the last `tangentForward`: rows × outputs, row-major.
    public var output: UnsafePointer<Double> { UnsafePointer(activations[activations.count - 1]) }
}
