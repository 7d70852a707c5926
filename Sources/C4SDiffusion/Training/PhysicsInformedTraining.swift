import C4SLearn
import Foundation

/// Physics-informed diffusion pre-training (DiG's PIDP): trains the score s_θ = −ε_θ/σ from the
/// energy alone, with no samples, by making it satisfy the Fokker–Planck equation of the VP process,
/// ∂s/∂t = (β(t)/2) ∇[x·s + ∇·s + ‖s‖²], on forward-noised low-energy points, the initial condition
/// s(x, t_min) = −∇u(x) (u = E/k_BT) on the low-energy points themselves, and the end condition of
/// the process, ε(x, 1) = σ(1) x for x ~ N(0, I) (the marginal at t = 1 is N(0, I) to ᾱ(1) ≈ 5e-5).
///
/// Derivatives of s in x and t are central finite differences of network outputs (steps h and δ,
/// `FokkerPlanckStencil`), the divergence exact (D directions) or Hutchinson's estimate, so the loss
/// is a smooth function of network outputs at a stencil of rows and its parameter gradient is one
/// back-propagation over all rows. Per point the loss is
/// σ^p ‖R‖²/β² + λ‖s(x₀, t_min) + ∇u(x₀)‖² / (1 + ‖∇u(x₀)‖²) + ‖ε(z, 1) − σ(1) z‖²:
/// with p = 2 the residual is the change of ε per unit of ∫β dt; a larger `residualPower` p lightens
/// the smallest noise levels, where a score that lags the fast change of s would otherwise cost more
/// than dropping the initial condition (the trivial solution s = 0 has no residual). The initial
/// condition is a relative error of the score. Collocation times are half uniform in t, half uniform
/// in log σ (`CollocationTimes`); with a curriculum they are limited to [t_min, t_c] with t_c growing
/// linearly to 1 over the first `curriculum` fraction of the epochs, so the solution is learnt
/// outwards from the initial condition.
public struct PhysicsInformedTraining: Sendable {
    /// Low-energy points (model coordinates, rows × D) forward-noised as collocation points.
    public let training: [Double]
    /// Held-out low-energy points for the validation loss.
    public let validation: [Double]
    /// ∇u in model coordinates at a point in model coordinates.
    public let reducedEnergyGradient: @Sendable ([Double]) -> [Double]
    /// Weight λ of the initial-condition (boundary) term.
    public let boundaryWeight: Double
    /// How the divergence is computed.
    public let divergence: DivergenceEstimator
    /// Fraction of the epochs over which the latest collocation time grows to 1 (0: all times from the start).
    public let curriculum: Double
    /// Power p of σ in the residual's weight σ^p/β².
    public let residualPower: Double

    /// A trainer on `training`/`validation` points in model coordinates.
    /// - Precondition: `boundaryWeight >= 0`, `curriculum` in [0, 1].
    public init(training: [Double], validation: [Double], boundaryWeight: Double, divergence: DivergenceEstimator,
                curriculum: Double = 0, residualPower: Double = 2, reducedEnergyGradient: @escaping @Sendable ([Double]) -> [Double]) {
        precondition(boundaryWeight >= 0 && (0...1).contains(curriculum), "PhysicsInformedTraining: boundaryWeight >= 0, curriculum in [0, 1]")
        self.training = training
        self.validation = validation
        self.boundaryWeight = boundaryWeight
        self.divergence = divergence
        self.curriculum = curriculum
        self.residualPower = residualPower
        self.reducedEnergyGradient = reducedEnergyGradient
    }

    /// The finite-difference stencil for dimension `d`.
    func stencil(dimension d: Int) -> FokkerPlanckStencil {
        FokkerPlanckStencil(dimension: d, divergence: divergence, spatialStep: 1e-3, timeStep: 1e-4)
    }

    /// The latest collocation time in epoch `epoch` (0-based) of `epochs`.
    func latestTime(epoch: Int, of epochs: Int) -> Double {
        guard curriculum > 0 else { return 1 }
        return min(1, Double(epoch + 1) / (curriculum * Double(epochs)))
    }

    /// Trains `model` in place (an epoch = one pass over the training points, each giving one
    /// collocation point, one initial-condition point and one end point). `onEpoch` may throw to stop.
    public func train(_ model: inout DiffusionModel, configuration: TrainingConfiguration,
                      onEpoch: (TrainingEpoch) throws -> Void) throws -> TrainingReport {
        let d = model.dimension, stencil = self.stencil(dimension: d)
        let workspace = model.makeWorkspace(capacity: max(configuration.batchSize, 256) * (stencil.rowsPerPoint + 2)), frozen = model
        var random = NormalRandom(seed: configuration.seed &+ 0x91d9)
        let trainer = MiniBatchTrainer(configuration: configuration)
        let rows = training.count / d, validationRows = validation.count / d
        let batchesPerEpoch = (rows + configuration.batchSize - 1) / configuration.batchSize
        var batches = 0
        return try trainer.train(&model.network, rows: rows, batchLoss: { network, batch, gradient in
            var m = frozen
            m.network = network
            let latest = latestTime(epoch: batches / batchesPerEpoch, of: configuration.epochs)
            batches += 1
            return gradient.withUnsafeMutableBufferPointer {
                loss(m, points: training, indices: batch, latestTime: latest, stencil: stencil, workspace: workspace,
                     random: &random, gradient: $0.baseAddress!)
            }
        }, validationLoss: { network in
            var m = frozen
            m.network = network
            var fixed = NormalRandom(seed: configuration.seed &+ 0x7a1)
            return stride(from: 0, to: validationRows, by: 256).reduce(0.0) { sum, start in
                let rows = start..<min(start + 256, validationRows)
                return sum + loss(m, points: validation, indices: rows, latestTime: 1, stencil: stencil, workspace: workspace,
                                  random: &fixed, gradient: nil) * Double(rows.count)
            } / Double(validationRows)
        }, onEpoch: onEpoch)
    }

    /// Mean loss of the collocation, initial-condition and end points made from rows `indices` of
    /// `points`, collocation times in [t_min + δ, `latestTime`]; adds the parameter gradient when `gradient` is given.
    func loss(_ model: DiffusionModel, points: [Double], indices: some Collection<Int>, latestTime: Double, stencil: FokkerPlanckStencil,
              workspace: NoiseNetworkWorkspace, random: inout NormalRandom, gradient: UnsafeMutablePointer<Double>?) -> Double {
        let d = stencil.dimension, n = indices.count, schedule = model.schedule, perPoint = stencil.rowsPerPoint
        let rows = n * (perPoint + 2), tMin = schedule.time(ofStep: 1)
        let earliest = tMin + stencil.timeStep, latest = min(max(latestTime, earliest), 1 - stencil.timeStep)
        let collocationTimes = CollocationTimes(schedule: schedule)
        var x = [Double](repeating: 0, count: rows * d), times = [Double](repeating: 0, count: rows)
        var probes = [[Double]](), pointTimes = [Double](), targets = [Double](repeating: 0, count: n * d)
        var boundaryScale = [Double](repeating: 0, count: n)
        for (i, index) in indices.enumerated() {
            let t = collocationTimes.draw(earliest: earliest, latest: latest, random: &random)
            let x0 = Array(points[(index * d)..<((index + 1) * d)])
            let centre = x0.map { schedule.perturb($0, time: t, noise: random.next()) }
            let v = stencil.probes(&random)
            pointTimes.append(t)
            probes.append(v)
            stencil.layout(point: centre, time: t, probes: v) { row, position, time in
                for k in 0..<d { x[(i * perPoint + row) * d + k] = position[k] }
                times[i * perPoint + row] = time
            }
            let b = n * perPoint + i, e = n * perPoint + n + i
            let g = reducedEnergyGradient(x0)
            for k in 0..<d {
                x[b * d + k] = x0[k]
                targets[i * d + k] = -g[k]
                x[e * d + k] = random.next()
            }
            times[b] = tMin
            times[e] = 1
            boundaryScale[i] = boundaryWeight / (1 + g.reduce(0) { $0 + $1 * $1 })
        }
        x.withUnsafeBufferPointer { xp in times.withUnsafeBufferPointer { model.forward(xp.baseAddress!, rows: rows, times: $0.baseAddress!, workspace: workspace) } }
        let eps = workspace.tape.output, cot = workspace.cotangent
        for i in 0..<(rows * d) { cot[i] = 0 }
        let sigmas = times.map { schedule.sigma($0) }
        /// s of a row, and the adjoint dL/ds added into the cotangent of ε (dε = −σ ds).
        func s(_ row: Int, _ k: Int) -> Double { -eps[row * d + k] / sigmas[row] }
        func addScoreAdjoint(_ row: Int, _ k: Int, _ value: Double) { cot[row * d + k] -= value / sigmas[row] }
        var total = 0.0
        let norm = Double(n)
        for i in 0..<n {
            let base = i * perPoint, beta = schedule.beta(pointTimes[i]), sigma = schedule.sigma(pointTimes[i])
            let weight = pow(sigma, residualPower) / (beta * beta)
            let position: (Int, Int) -> Double = { x[(base + $0) * d + $1] }, score: (Int, Int) -> Double = { s(base + $0, $1) }
            let residual = stencil.residual(beta: beta, probes: probes[i], x: position, s: score)
            total += weight * residual.reduce(0) { $0 + $1 * $1 }
            guard gradient != nil else { continue }
            stencil.addAdjoint(residual.map { 2 * weight * $0 / norm }, beta: beta, probes: probes[i], x: position, s: score) {
                addScoreAdjoint(base + $0, $1, $2)
            }
        }
        let sigmaEnd = schedule.sigma(1)
        for i in 0..<n {
            let b = n * perPoint + i, e = n * perPoint + n + i
            for k in 0..<d {
                let miss = s(b, k) - targets[i * d + k], endMiss = eps[e * d + k] - sigmaEnd * x[e * d + k]
                total += boundaryScale[i] * miss * miss + endMiss * endMiss
                guard gradient != nil else { continue }
                addScoreAdjoint(b, k, 2 * boundaryScale[i] * miss / norm)
                cot[e * d + k] += 2 * endMiss / norm
            }
        }
        if let gradient { model.network.backward(cot, tape: workspace.tape, parameterGradient: gradient, inputGradient: nil) }
        return total / norm
    }

    /// Relative error of the learnt score at t_min against −∇u on `points` (model coordinates,
    /// rows × D): √(Σ‖s + ∇u‖² / Σ‖∇u‖²). 0 for a perfect initial condition.
    public func initialScoreError(_ model: DiffusionModel, points: [Double]) -> Double {
        let d = model.dimension, rows = points.count / d, tMin = model.schedule.time(ofStep: 1), sigma = model.schedule.sigma(tMin)
        let workspace = model.makeWorkspace(capacity: rows)
        var noise = [Double](repeating: 0, count: rows * d)
        points.withUnsafeBufferPointer { p in noise.withUnsafeMutableBufferPointer {
            model.predictNoise(p.baseAddress!, rows: rows, time: tMin, into: $0.baseAddress!, workspace: workspace)
        } }
        var miss = 0.0, size = 0.0
        for r in 0..<rows {
            let g = reducedEnergyGradient(Array(points[(r * d)..<((r + 1) * d)]))
            for k in 0..<d {
                let e = -noise[r * d + k] / sigma + g[k]
                miss += e * e
                size += g[k] * g[k]
            }
        }
        return (miss / size).squareRoot()
    }
}
