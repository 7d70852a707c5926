/// Supervised rows for a regression: inputs (rows × inputCount) and targets (rows × outputCount),
/// row-major, with the mean-squared-error loss and its gradient for `MiniBatchTrainer`.
public struct RegressionData: Sendable {
    /// Input features, row-major.
    public let inputs: [Double]
    /// Target values, row-major.
    public let targets: [Double]
    /// Features per row.
    public let inputCount: Int
    /// Targets per row.
    public let outputCount: Int

    /// Number of rows.
    public var rows: Int { inputs.count / inputCount }

    /// Rows of data. - Precondition: both arrays hold the same positive number of rows.
    public init(inputs: [Double], targets: [Double], inputCount: Int, outputCount: Int) {
        precondition(inputCount >= 1 && outputCount >= 1 && !inputs.isEmpty && inputs.count % inputCount == 0
                     && targets.count == inputs.count / inputCount * outputCount,
                     "RegressionData: inputs and targets must hold the same number of rows")
        self.inputs = inputs
        self.targets = targets
        self.inputCount = inputCount
        self.outputCount = outputCount
    }

    /// Mean over the rows `batch` of Σ_k (output_k − target_k)²; adds its parameter gradient to
    /// `gradient` when given. `tape` must hold `batch.count` rows.
    /// - Precondition: the network's input and output widths match the data's.
    public func meanSquaredError(_ network: DenseNetwork, rows batch: some Collection<Int>, tape: DenseNetworkTape,
                                 gradient: UnsafeMutablePointer<Double>? = nil) -> Double {
        precondition(network.inputCount == inputCount && network.outputCount == outputCount, "RegressionData: network shape differs")
        let n = batch.count
        var x = [Double](), residual = [Double]()
        x.reserveCapacity(n * inputCount)
        for r in batch { x.append(contentsOf: inputs[(r * inputCount)..<((r + 1) * inputCount)]) }
        x.withUnsafeBufferPointer { network.forward($0.baseAddress!, rows: n, tape: tape) }
        var loss = 0.0
        residual.reserveCapacity(n * outputCount)
        for (i, r) in batch.enumerated() {
            for k in 0..<outputCount {
                let d = tape.output[i * outputCount + k] - targets[r * outputCount + k]
                loss += d * d
                residual.append(2 * d / Double(n))
            }
        }
        if let gradient {
            residual.withUnsafeBufferPointer { network.backward($0.baseAddress!, tape: tape, parameterGradient: gradient, inputGradient: nil) }
        }
        return loss / Double(n)
    }
}
