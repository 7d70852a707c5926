/// Where one dense layer's weights and bias live in a network's flat parameter vector.
///
/// The layer maps `inputs` features to `outputs`: z = W a + b with W stored row-major as
/// `outputs × inputs` at `weightOffset`, followed by b (`outputs` values) at `biasOffset`.
public struct DenseLayerShape: Sendable, Equatable {
    /// Features in.
    public let inputs: Int
    /// Features out.
    public let outputs: Int
    /// Offset of W (row-major, outputs × inputs) in the parameter vector.
    public let weightOffset: Int
    /// The layer's activation.
    public let activation: Activation

    /// Offset of the bias b in the parameter vector.
    public var biasOffset: Int { weightOffset + inputs * outputs }
    /// Parameters of this layer: weights plus biases.
    public var parameterCount: Int { (inputs + 1) * outputs }
}
