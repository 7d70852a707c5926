import C4SCore

/// A fully connected feed-forward network (multilayer perceptron) on batches of rows, with its
/// parameters in one flat vector so that optimizers and storage see a single array.
///
/// Layer l maps a_l (rows × n_l) to a_{l+1} = σ_l(a_l W_lᵀ + b_l) (rows × n_{l+1}); the batched
/// products are OpenBLAS `cblas_dgemm` calls (see `forward`, `backward`). Row-major throughout.
/// A value type: copies share nothing once mutated.
public struct DenseNetwork: Sendable, Equatable {
    /// Widths n_0 (inputs), n_1, …, n_L (outputs); at least two entries, all ≥ 1.
    public let layerSizes: [Int]
    /// Where each layer's parameters are, and its activation (L layers).
    public let layers: [DenseLayerShape]
    /// All weights and biases, layer by layer (W_l row-major n_{l+1} × n_l, then b_l).
    public var parameters: [Double]

    /// Features per input row (n_0).
    public var inputCount: Int { layerSizes[0] }
    /// Features per output row (n_L).
    public var outputCount: Int { layerSizes[layerSizes.count - 1] }
    /// Length of `parameters`.
    public var parameterCount: Int { parameters.count }

    /// A network with given parameters.
    /// - Precondition: `layerSizes` has ≥ 2 positive entries, one activation per layer
    ///   (`layerSizes.count − 1`), and `parameters.count` equals `Σ (n_l + 1) n_{l+1}`.
    public init(layerSizes: [Int], activations: [Activation], parameters: [Double]) {
        precondition(layerSizes.count >= 2 && layerSizes.allSatisfy { $0 >= 1 }, "DenseNetwork needs ≥ 2 positive layer sizes")
        precondition(activations.count == layerSizes.count - 1, "DenseNetwork needs one activation per layer")
        var offset = 0
        var layers: [DenseLayerShape] = []
        for l in 0..<activations.count {
            let layer = DenseLayerShape(inputs: layerSizes[l], outputs: layerSizes[l + 1], weightOffset: offset,
                                        activation: activations[l])
            layers.append(layer)
            offset += layer.parameterCount
        }
        precondition(parameters.count == offset, "DenseNetwork needs \(offset) parameters, got \(parameters.count)")
        self.layerSizes = layerSizes
        self.layers = layers
        self.parameters = parameters
    }

    /// A freshly initialised network: `hidden` activation on every layer but the last, `output` on
    /// the last; weights drawn from N(0, 2/(fan_in + fan_out)) (Glorot normal), biases 0, all fixed by `seed`.
    /// - Precondition: as for `init(layerSizes:activations:parameters:)`.
    public init(layerSizes: [Int], hidden: Activation, output: Activation = .identity, seed: UInt64) {
        let activations = Array(repeating: hidden, count: max(layerSizes.count - 2, 0)) + [output]
        let count = zip(layerSizes, layerSizes.dropFirst()).reduce(0) { $0 + ($1.0 + 1) * $1.1 }
        self.init(layerSizes: layerSizes, activations: activations, parameters: Array(repeating: 0, count: count))
        var random = NormalRandom(seed: seed)
        for layer in layers {
            let std = (2.0 / Double(layer.inputs + layer.outputs)).squareRoot()
            for i in layer.weightOffset..<layer.biasOffset { parameters[i] = std * random.next() }
        }
    }

    /// The activations, one per layer.
    public var activations: [Activation] { layers.map(\.activation) }

    /// Evaluates `rows` input rows (`input`: rows × inputCount, row-major) into `tape`, keeping what
    /// `backward` needs; the result is `tape.output` (rows × outputCount).
    /// - Precondition: `1 <= rows <= tape.capacity`, and `tape` was made for this network's shape.
    public func forward(_ input: UnsafePointer<Double>, rows: Int, tape: DenseNetworkTape) {
        precondition(rows >= 1 && rows <= tape.capacity, "DenseNetwork.forward: rows \(rows) outside 1...\(tape.capacity)")
        tape.rows = rows
        tape.activations[0].update(from: input, count: rows * inputCount)
        parameters.withUnsafeBufferPointer { p in
            for (l, layer) in layers.enumerated() {
                let z = tape.preactivations[l], a = tape.activations[l + 1], n = layer.outputs
                // z (rows × n) = a_l (rows × inputs) · Wᵀ
                BatchedProduct.multiply(tape.activations[l], p.baseAddress! + layer.weightOffset, into: z,
                                        rows: rows, inner: layer.inputs, columns: n, transposeRight: true)
                Self.addBiasAndActivate(layer, bias: p.baseAddress! + layer.biasOffset, preactivation: z, into: a, rows: rows)
            }
        }
    }

    /// z += b per row, then a = σ(z), for `rows` rows of `layer`'s outputs.
    static func addBiasAndActivate(_ layer: DenseLayerShape, bias: UnsafePointer<Double>, preactivation z: UnsafeMutablePointer<Double>,
                                   into a: UnsafeMutablePointer<Double>, rows: Int) {
        let n = layer.outputs
        for r in 0..<rows {
            let zr = z + r * n, ar = a + r * n
            for j in 0..<n {
                let v = zr[j] + bias[j]
                zr[j] = v
                ar[j] = layer.activation.value(v)
            }
        }
    }

    /// Back-propagates `outputGradient` (rows × outputCount: ∂loss/∂output of the last `forward`
    /// on `tape`) through the network.
    /// - Parameters:
    ///   - parameterGradient: if given, ∂loss/∂parameters is *added* to it (`parameterCount` values).
    ///   - inputGradient: if given, receives ∂loss/∂input (rows × inputCount): with a unit
    ///     cotangent e_k this is row k of the Jacobian, so a scalar potential gives forces and a
    ///     vector field its divergence.
    /// - Precondition: `forward` ran on `tape` with the same rows; `outputGradient` does not alias the tape.
    public func backward(_ outputGradient: UnsafePointer<Double>, tape: DenseNetworkTape,
                         parameterGradient: UnsafeMutablePointer<Double>?, inputGradient: UnsafeMutablePointer<Double>?) {
        let rows = tape.rows
        var delta = tape.deltaA, spare = tape.deltaB
        delta.update(from: outputGradient, count: rows * outputCount)
        parameters.withUnsafeBufferPointer { p in
            for l in stride(from: layers.count - 1, through: 0, by: -1) {
                let layer = layers[l], n = layer.outputs, z = tape.preactivations[l]
                for i in 0..<(rows * n) { delta[i] *= layer.activation.derivative(z[i]) }
                if let g = parameterGradient {
                    // ∂W (n × inputs) += δᵀ (n × rows) · a_l (rows × inputs); ∂b += column sums of δ.
                    BatchedProduct.multiplyTransposedLeft(delta, tape.activations[l], into: g + layer.weightOffset,
                                                          rows: n, inner: rows, columns: layer.inputs, accumulate: true)
                    let gb = g + layer.biasOffset
                    for r in 0..<rows {
                        for j in 0..<n { gb[j] += delta[r * n + j] }
                    }
                }
                if l == 0 && inputGradient == nil { break }
                let target = l == 0 ? inputGradient! : spare
                // δ_{l−1} (rows × inputs) = δ (rows × n) · W (n × inputs)
                BatchedProduct.multiply(delta, p.baseAddress! + layer.weightOffset, into: target,
                                        rows: rows, inner: n, columns: layer.inputs, transposeRight: false)
                swap(&delta, &spare)
            }
        }
    }

    /// Convenience for small inputs: the outputs (rows × outputCount) of `input` (rows × inputCount).
    /// - Precondition: `input.count` is a positive multiple of `inputCount`.
    public func evaluate(_ input: [Double]) -> [Double] {
        precondition(!input.isEmpty && input.count % inputCount == 0, "DenseNetwork.evaluate: \(input.count) values is not rows × \(inputCount)")
        let rows = input.count / inputCount, tape = DenseNetworkTape(for: self, capacity: rows)
        input.withUnsafeBufferPointer { forward($0.baseAddress!, rows: rows, tape: tape) }
        return Array(UnsafeBufferPointer(start: tape.output, count: rows * outputCount))
    }
}
