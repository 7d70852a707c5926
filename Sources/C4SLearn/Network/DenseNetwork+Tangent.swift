extension DenseNetwork {
    /// Forward-mode derivative of the last `forward` on `tape` along input directions `direction`
    /// (rows × inputCount): writes ẏ = (∂y/∂x) ẋ per row to `tangent.output` (rows × outputCount).
    /// ż_l = ȧ_l W_lᵀ, ȧ_{l+1} = σ′(z_l) ⊙ ż_l; one `cblas_dgemm` per layer.
    /// - Precondition: `forward` ran on `tape`; `tangent` was made for this network with capacity ≥ rows.
    public func tangentForward(_ direction: UnsafePointer<Double>, tape: DenseNetworkTape, tangent: DenseTangentTape) {
        let rows = tape.rows
        precondition(rows <= tangent.capacity, "DenseNetwork.tangentForward: \(rows) rows exceed the tangent tape")
        tangent.activations[0].update(from: direction, count: rows * inputCount)
        parameters.withUnsafeBufferPointer { p in
            for (l, layer) in layers.enumerated() {
                let z = tape.preactivations[l], dz = tangent.preactivations[l], da = tangent.activations[l + 1]
                BatchedProduct.multiply(tangent.activations[l], p.baseAddress! + layer.weightOffset, into: dz,
                                        rows: rows, inner: layer.inputs, columns: layer.outputs, transposeRight: true)
                for i in 0..<(rows * layer.outputs) { da[i] = layer.activation.derivative(z[i]) * dz[i] }
            }
        }
    }

    /// Reverse pass through both the primal and the tangent computation of the last `forward` and
    /// `tangentForward`: adds ∂S/∂parameters to `parameterGradient`, where
    /// S = Σ outputAdjoint ⊙ y + Σ tangentAdjoint ⊙ ẏ (both rows × outputCount) with the direction ẋ held
    /// fixed. With ẋ = ∂loss/∂(∂E/∂x) this is the weight gradient of a loss on input gradients, e.g.
    /// on forces of a potential; the activations' second derivatives enter through ẏ's dependence on z.
    /// - Precondition: `forward` and `tangentForward` ran on these tapes with the same rows.
    public func tangentBackward(outputAdjoint: UnsafePointer<Double>, tangentAdjoint: UnsafePointer<Double>,
                                tape: DenseNetworkTape, tangent: DenseTangentTape,
                                parameterGradient: UnsafeMutablePointer<Double>) {
        let rows = tape.rows
        var bar = tangent.scratch[0], dotBar = tangent.scratch[1], spareBar = tangent.scratch[2], spareDot = tangent.scratch[3]
        bar.update(from: outputAdjoint, count: rows * outputCount)
        dotBar.update(from: tangentAdjoint, count: rows * outputCount)
        parameters.withUnsafeBufferPointer { p in
            for l in stride(from: layers.count - 1, through: 0, by: -1) {
                let layer = layers[l], n = layer.outputs, z = tape.preactivations[l], dz = tangent.preactivations[l]
                // z̄ = ā σ′(z) + ǡ σ″(z) ż ; ż̄ = ǡ σ′(z)  (in place: bar ← z̄, dotBar ← ż̄)
                for i in 0..<(rows * n) {
                    let d1 = layer.activation.derivative(z[i]), d2 = layer.activation.secondDerivative(z[i])
                    bar[i] = bar[i] * d1 + dotBar[i] * d2 * dz[i]
                    dotBar[i] *= d1
                }
                let g = parameterGradient + layer.weightOffset
                // W̄ += z̄ᵀ a_l + ż̄ᵀ ȧ_l ; b̄ += Σ_rows z̄
                BatchedProduct.multiplyTransposedLeft(bar, tape.activations[l], into: g, rows: n, inner: rows,
                                                      columns: layer.inputs, accumulate: true)
                BatchedProduct.multiplyTransposedLeft(dotBar, tangent.activations[l], into: g, rows: n, inner: rows,
                                                      columns: layer.inputs, accumulate: true)
                let gb = parameterGradient + layer.biasOffset
                for r in 0..<rows {
                    for j in 0..<n { gb[j] += bar[r * n + j] }
                }
                if l == 0 { break }
                // ā_l = z̄ W ; ǡ_l = ż̄ W
                BatchedProduct.multiply(bar, p.baseAddress! + layer.weightOffset, into: spareBar,
                                        rows: rows, inner: n, columns: layer.inputs, transposeRight: false)
                BatchedProduct.multiply(dotBar, p.baseAddress! + layer.weightOffset, into: spareDot,
                                        rows: rows, inner: n, columns: layer.inputs, transposeRight: false)
                swap(&bar, &spareBar)
                swap(&dotBar, &spareDot)
            }
        }
    }
}
