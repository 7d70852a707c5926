import C4SLearn

/// A trained DiG-style diffusion model: an MLP noise network ε_θ(x̃, t) over the state in model
/// coordinates and Fourier features of t, its noise schedule and the standardisation to system coordinates.
///
/// Network input per row: x̃ (D values) then `embedding` (1 + 2K values); output: ε̂ (D values).
public struct DiffusionModel: ScoreField, Equatable {
    /// The noise network.
    public var network: DenseNetwork
    /// The forward process.
    public let schedule: NoiseSchedule
    /// Time features.
    public let embedding: TimeEmbedding
    /// System ↔ model coordinates.
    public let standardization: Standardization

    /// A model. - Precondition: the network takes D + embedding.count inputs and gives D outputs.
    public init(network: DenseNetwork, schedule: NoiseSchedule, embedding: TimeEmbedding, standardization: Standardization) {
        let d = standardization.dimension
        precondition(network.inputCount == d + embedding.count && network.outputCount == d,
                     "DiffusionModel: network must map \(d + embedding.count) inputs to \(d) outputs")
        self.network = network
        self.schedule = schedule
        self.embedding = embedding
        self.standardization = standardization
    }

    /// A fresh model: `hiddenLayers` layers of `width` SiLU units, seeded.
    public init(schedule: NoiseSchedule, embedding: TimeEmbedding, standardization: Standardization,
                width: Int, hiddenLayers: Int, seed: UInt64) {
        let d = standardization.dimension
        let sizes = [d + embedding.count] + Array(repeating: width, count: hiddenLayers) + [d]
        self.init(network: DenseNetwork(layerSizes: sizes, hidden: .silu, seed: seed), schedule: schedule,
                  embedding: embedding, standardization: standardization)
    }

    /// D.
    public var dimension: Int { standardization.dimension }

    /// Buffers for batches of up to `capacity` rows.
    public func makeWorkspace(capacity: Int) -> NoiseNetworkWorkspace {
        NoiseNetworkWorkspace(network: network, capacity: capacity)
    }

    /// ε̂ at per-row times into the workspace's tape (output rows × D), ready for `backward`.
    func forward(_ x: UnsafePointer<Double>, rows: Int, times: UnsafePointer<Double>, workspace: NoiseNetworkWorkspace) {
        precondition(rows <= workspace.capacity, "DiffusionModel: \(rows) rows exceed the workspace's \(workspace.capacity)")
        let d = dimension, width = network.inputCount
        for r in 0..<rows {
            let row = workspace.input + r * width
            row.update(from: x + r * d, count: d)
            embedding.write(times[r], to: row + d)
        }
        network.forward(workspace.input, rows: rows, tape: workspace.tape)
    }

    /// ε̂ of `rows` points at one time t; the time features are computed once and enter the first
    /// layer as part of its bias (`DenseNetwork.forward(_:rows:shared:sharedCount:tape:)`).
    public func predictNoise(_ x: UnsafePointer<Double>, rows: Int, time t: Double,
                             into noise: UnsafeMutablePointer<Double>, workspace: NoiseNetworkWorkspace) {
        precondition(rows <= workspace.capacity, "DiffusionModel: \(rows) rows exceed the workspace's \(workspace.capacity)")
        embedding.write(t, to: workspace.timeFeatures)
        network.forward(x, rows: rows, shared: workspace.timeFeatures, sharedCount: embedding.count, tape: workspace.tape)
        noise.update(from: workspace.tape.output, count: rows * dimension)
    }

    public func predictNoiseAndDivergence(_ x: UnsafePointer<Double>, rows: Int, time t: Double,
                                          estimator: DivergenceEstimator, random: inout NormalRandom,
                                          noise: UnsafeMutablePointer<Double>, divergence: UnsafeMutablePointer<Double>,
                                          workspace: NoiseNetworkWorkspace) {
        predictNoise(x, rows: rows, time: t, into: noise, workspace: workspace)
        let d = dimension, width = network.inputCount
        for r in 0..<rows { divergence[r] = 0 }
        let probes: Int
        switch estimator {
        case .exact: probes = d
        case .hutchinson(let n): probes = n
        }
        for p in 0..<probes {
            let v = workspace.cotangent
            for i in 0..<(rows * d) {
                if case .exact = estimator { v[i] = i % d == p ? 1 : 0 } else { v[i] = random.nextSign() }
            }
            network.backward(v, tape: workspace.tape, parameterGradient: nil, inputGradient: workspace.inputGradient)
            for r in 0..<rows {
                var dot = 0.0
                for k in 0..<d { dot += v[r * d + k] * workspace.inputGradient[r * width + k] }
                divergence[r] += dot
            }
        }
        if case .hutchinson(let n) = estimator { for r in 0..<rows { divergence[r] /= Double(n) } }
    }
}
