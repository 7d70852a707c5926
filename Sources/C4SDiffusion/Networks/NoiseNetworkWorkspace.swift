import C4SLearn

/// Buffers of one thread's `DiffusionModel` evaluations: the network tape, the assembled network
/// input (state then time features per row), the features of one time shared by a batch, a cotangent
/// and an input gradient, for up to `capacity` rows.
public final class NoiseNetworkWorkspace {
    /// Largest batch.
    public let capacity: Int
    let tape: DenseNetworkTape
    let input: UnsafeMutablePointer<Double>
    let timeFeatures: UnsafeMutablePointer<Double>
    let cotangent: UnsafeMutablePointer<Double>
    let inputGradient: UnsafeMutablePointer<Double>

    /// Buffers for `network` and batches of up to `capacity` rows.
    init(network: DenseNetwork, capacity: Int) {
        self.capacity = capacity
        tape = DenseNetworkTape(for: network, capacity: capacity)
        input = .allocate(capacity: capacity * network.inputCount)
        timeFeatures = .allocate(capacity: network.inputCount)
        cotangent = .allocate(capacity: capacity * network.outputCount)
        inputGradient = .allocate(capacity: capacity * network.inputCount)
    }

    deinit {
        input.deallocate()
        timeFeatures.deallocate()
        cotangent.deallocate()
        inputGradient.deallocate()
    }
}
