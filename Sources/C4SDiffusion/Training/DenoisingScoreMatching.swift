import C4SLearn
import Foundation

/// Denoising score matching from samples (Ho et al. 2020's ε-loss, DiG's data training): for data
/// x₀, t = t_min + (1 − t_min) u^p with u ~ U[0, 1], and ε ~ N(0, I), the network is fit to minimise
/// ‖ε_θ(√ᾱ x₀ + σ ε, t) − ε‖², whose minimiser is ε_θ = −σ(t) ∇ log p_t, i.e. the score of the noised
/// data, at every t. The power p (`timePower`) sets how the fit is weighted over t: p = 1 is uniform
/// (Ho et al.), p > 1 puts more of it at small t, where the fine structure of the density is resolved.
public struct DenoisingScoreMatching: Sendable {
    /// Training points in model coordinates (rows × D).
    public let training: [Double]
    /// Validation points in model coordinates (rows × D), scored with noise fixed by the seed.
    public let validation: [Double]
    /// Power p of the time draw t = t_min + (1 − t_min) u^p (1: uniform).
    public let timePower: Double

    /// Standardises `training` and `validation` (system coordinates, rows × D) with the model's map.
    /// - Precondition: `timePower > 0`.
    public init(training: [Double], validation: [Double], standardization: Standardization, timePower: Double = 1) {
        precondition(timePower > 0, "DenoisingScoreMatching: timePower must be positive")
        var t = training, v = validation
        standardization.standardize(&t)
        standardization.standardize(&v)
        self.training = t
        self.validation = v
        self.timePower = timePower
    }

    /// Trains `model` in place with `configuration` (one epoch = one pass over the training points,
    /// each with fresh t and ε). `onEpoch` may throw to stop.
    public func train(_ model: inout DiffusionModel, configuration: TrainingConfiguration,
                      onEpoch: (TrainingEpoch) throws -> Void) throws -> TrainingReport {
        let d = model.dimension, schedule = model.schedule, frozen = model
        let workspace = model.makeWorkspace(capacity: max(configuration.batchSize, 1024))
        var random = NormalRandom(seed: configuration.seed &+ 0x5eed)
        let tMin = schedule.time(ofStep: 1), power = timePower
        /// Mean ε-loss of rows `indices` of `points`; adds the parameter gradient when `gradient` is given.
        func loss(_ network: DenseNetwork, _ points: [Double], _ indices: some Collection<Int>,
                  _ random: inout NormalRandom, _ gradient: UnsafeMutablePointer<Double>?) -> Double {
            var model = frozen
            model.network = network
            let n = indices.count
            var x = [Double](repeating: 0, count: n * d), eps = x, times = [Double](repeating: 0, count: n)
            for (row, index) in indices.enumerated() {
                let u = random.uniform.nextUnit(), t = tMin + (1 - tMin) * (power == 1 ? u : pow(u, power))
                times[row] = t
                let signal = schedule.alphaBar(t).squareRoot(), sigma = schedule.sigma(t)
                for k in 0..<d {
                    eps[row * d + k] = random.next()
                    x[row * d + k] = signal * points[index * d + k] + sigma * eps[row * d + k]
                }
            }
            x.withUnsafeBufferPointer { xp in times.withUnsafeBufferPointer { model.forward(xp.baseAddress!, rows: n, times: $0.baseAddress!, workspace: workspace) } }
            var total = 0.0
            let output = workspace.tape.output
            for i in 0..<(n * d) {
                let r = output[i] - eps[i]
                total += r * r
                workspace.cotangent[i] = 2 * r / Double(n)
            }
            if let gradient { network.backward(workspace.cotangent, tape: workspace.tape, parameterGradient: gradient, inputGradient: nil) }
            return total / Double(n)
        }
        let validationRows = validation.count / d
        let trainer = MiniBatchTrainer(configuration: configuration)
        return try trainer.train(&model.network, rows: training.count / d, batchLoss: { network, batch, gradient in
            gradient.withUnsafeMutableBufferPointer { loss(network, training, batch, &random, $0.baseAddress!) }
        }, validationLoss: { network in
            var fixed = NormalRandom(seed: configuration.seed &+ 0x7a1)
            return stride(from: 0, to: validationRows, by: 1024).reduce(0.0) { sum, start in
                let rows = start..<min(start + 1024, validationRows)
                return sum + loss(network, validation, rows, &fixed, nil) * Double(rows.count)
            } / Double(validationRows)
        }, onEpoch: onEpoch)
    }
}
