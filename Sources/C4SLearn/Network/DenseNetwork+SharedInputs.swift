import CBLAS

extension DenseNetwork {
    /// `forward` for a batch whose last `sharedCount` input features are the same in every row (e.g.
    /// the features of one diffusion time): `input` holds only the leading m = inputCount − sharedCount
    /// features of each row (rows × m, row-major) and `shared` the common ones (sharedCount values).
    /// The shared features enter the first layer once, folded into its bias (b + W_shared · shared),
    /// so the first product runs over m columns instead of inputCount. The tape ends as after
    /// `forward` on the full rows (its input holds them), so `backward` works the same.
    /// - Precondition: `0 <= sharedCount < inputCount`, `1 <= rows <= tape.capacity`, `tape` made for this network.
    public func forward(_ input: UnsafePointer<Double>, rows: Int, shared: UnsafePointer<Double>, sharedCount: Int,
                        tape: DenseNetworkTape) {
        precondition(rows >= 1 && rows <= tape.capacity, "DenseNetwork.forward: rows \(rows) outside 1...\(tape.capacity)")
        precondition(sharedCount >= 0 && sharedCount < inputCount, "DenseNetwork.forward: sharedCount \(sharedCount) outside 0..<\(inputCount)")
        let width = inputCount, m = width - sharedCount, first = layers[0], n = first.outputs
        tape.rows = rows
        let full = tape.activations[0]
        for r in 0..<rows {
            (full + r * width).update(from: input + r * m, count: m)
            (full + r * width + m).update(from: shared, count: sharedCount)
        }
        parameters.withUnsafeBufferPointer { p in
            let w = p.baseAddress! + first.weightOffset, bias = tape.deltaA  // backward scratch, free until `backward`
            for j in 0..<n {
                var b = p[first.biasOffset + j]
                for q in 0..<sharedCount { b += w[j * width + m + q] * shared[q] }
                bias[j] = b
            }
            // z (rows × n) = x (rows × m) · W[:, 0..<m]ᵀ, W row-major n × width.
            cblas_dgemm(CblasRowMajor, CblasNoTrans, CblasTrans, Int32(rows), Int32(n), Int32(m), 1, input, Int32(m),
                        w, Int32(width), 0, tape.preactivations[0], Int32(n))
            Self.addBiasAndActivate(first, bias: bias, preactivation: tape.preactivations[0], into: tape.activations[1], rows: rows)
            for (l, layer) in layers.enumerated().dropFirst() {
                BatchedProduct.multiply(tape.activations[l], p.baseAddress! + layer.weightOffset, into: tape.preactivations[l],
                                        rows: rows, inner: layer.inputs, columns: layer.outputs, transposeRight: true)
                Self.addBiasAndActivate(layer, bias: p.baseAddress! + layer.biasOffset, preactivation: tape.preactivations[l],
                                        into: tape.activations[l + 1], rows: rows)
            }
        }
    }
}
