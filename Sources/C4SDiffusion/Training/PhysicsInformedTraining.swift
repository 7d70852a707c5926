import C4SLearn
import Foundation

/// Physics-informed diffusion pre-training (DiG's PIDP): trains the score s_θ = −ε_θ/σ from the
/// energy alone, with no samples, by making it satisfy the Fokker–Planck equation of the VP process,
/// ∂s/∂t = (β(t)/2) ∇[x·s + ∇·s + ‖s‖²], on forward-noised low-energy points, and the boundary
/// condition s(x, t_min) = −∇u(x) (u = E/k_BT) on low-energy points.
///
/// Derivatives of s in x and t are central finite differences of network outputs (steps h and δ),
/// the divergence is exact (D directions) or Hutchinson's estimate with Rademacher vectors, so the
/// loss is a smooth function of network outputs at a stencil of rows (`FokkerPlanckStencil`) and its
/// parameter gradient is one back-propagation over all rows. The residual is weighted by σ³/β so
/// every t contributes O(1) (the terms of R grow like β/σ³ as t → 0); the boundary term, in ε
/// units, is λ σ_min² ‖s + ∇u‖².
public struct PhysicsInformedTraining: Sendable {
    /// Low-energy points (model coordinates, rows × D) forward-noised as collocation points.
    public let training: [Double]
    /// Held-out low-energy points for the validation loss.
    public let validation: [Double]
    /// ∇u in model coordinates at a point in model coordinates.
    public let reducedEnergyGradient: @Sendable ([Double]) -> [Double]
    /// Weight λ of the boundary term.
    public let boundaryWeight: Double
    /// How the divergence is computed.
    public let divergence: DivergenceEstimator

    /// A trainer on `training`/`validation` points in model coordinates.
    public init(training: [Double], validation: [Double], boundaryWeight: Double, divergence: DivergenceEstimator,
                reducedEnergyGradient: @escaping @Sendable ([Double]) -> [Double]) {
        self.training = training
        self.validation = validation
        self.boundaryWeight = boundaryWeight
        self.divergence = divergence
        self.reducedEnergyGradient = reducedEnergyGradient
    }

    /// Trains `model` in place (an epoch = one pass over the training points, each giving one
    /// collocation point and one boundary point). `onEpoch` may throw to stop.
    public func train(_ model: inout DiffusionModel, configuration: TrainingConfiguration,
                      onEpoch: (TrainingEpoch) throws -> Void) throws -> TrainingReport {
        let d = model.dimension
        let directions: Int
        if case .hutchinson(let probes) = divergence { directions = probes } else { directions = d }
        let stencil = FokkerPlanckStencil(dimension: d, directions: directions, spatialStep: 1e-3, timeStep: 1e-4)
        let capacity = max(configuration.batchSize, 256) * (stencil.rowsPerPoint + 1)
        let workspace = model.makeWorkspace(capacity: capacity), frozen = model
        var random = NormalRandom(seed: configuration.seed &+ 0x91d9)
        let trainer = MiniBatchTrainer(configuration: configuration)
        let validationRows = validation.count / d
        return try trainer.train(&model.network, rows: training.count / d, batchLoss: { network, batch, gradient in
            var m = frozen
            m.network = network
            return gradient.withUnsafeMutableBufferPointer {
                loss(m, points: training, indices: batch, stencil: stencil, workspace: workspace, random: &random, gradient: $0.baseAddress!)
            }
        }, validationLoss: { network in
            var m = frozen
            m.network = network
            var fixed = NormalRandom(seed: configuration.seed &+ 0x7a1)
            return stride(from: 0, to: validationRows, by: 256).reduce(0.0) { sum, start in
                let rows = start..<min(start + 256, validationRows)
                return sum + loss(m, points: validation, indices: rows, stencil: stencil, workspace: workspace,
                                  random: &fixed, gradient: nil) * Double(rows.count)
            } / Double(validationRows)
        }, onEpoch: onEpoch)
    }

    /// Mean loss of the collocation and boundary points made from rows `indices` of `points`; adds the
    /// parameter gradient when `gradient` is given.
    func loss(_ model: DiffusionModel, points: [Double], indices: some Collection<Int>, stencil: FokkerPlanckStencil,
              workspace: NoiseNetworkWorkspace, random: inout NormalRandom, gradient: UnsafeMutablePointer<Double>?) -> Double {
        let d = stencil.dimension, n = indices.count, schedule = model.schedule, h = stencil.spatialStep, delta = stencil.timeStep
        let perPoint = stencil.rowsPerPoint, rows = n * (perPoint + 1)
        let tMin = schedule.time(ofStep: 1)
        var x = [Double](repeating: 0, count: rows * d), times = [Double](repeating: 0, count: rows)
        var probes = [Double](repeating: 0, count: n * stencil.directions * d), targets = [Double](repeating: 0, count: n * d)
        var pointTimes = [Double](repeating: 0, count: n)
        for (i, index) in indices.enumerated() {
            let t = tMin + delta + (1 - tMin - 2 * delta) * random.uniform.nextUnit()
            pointTimes[i] = t
            var centre = [Double](repeating: 0, count: d)
            for k in 0..<d { centre[k] = schedule.perturb(points[index * d + k], time: t, noise: random.next()) }
            for p in 0..<stencil.directions {
                for k in 0..<d {
                    probes[(i * stencil.directions + p) * d + k] = stencil.directions == d && isExact ? (k == p ? 1 : 0) : random.nextSign()
                }
            }
            let base = i * perPoint
            func set(_ row: Int, _ point: [Double], _ time: Double) {
                for k in 0..<d { x[(base + row) * d + k] = point[k] }
                times[base + row] = time
            }
            set(0, centre, t + delta)
            set(1, centre, t - delta)
            for k in 0..<d {
                for sign in 0..<2 {
                    var y = centre
                    y[k] += sign == 0 ? h : -h
                    let row = stencil.centreRow(axis: k, sign: sign)
                    set(row, y, t)
                    for p in 0..<stencil.directions {
                        let v = Array(probes[((i * stencil.directions + p) * d)..<((i * stencil.directions + p + 1) * d)])
                        set(row + 1 + 2 * p, zip(y, v).map { $0 + h * $1 }, t)
                        set(row + 2 + 2 * p, zip(y, v).map { $0 - h * $1 }, t)
                    }
                }
            }
            // Boundary point: the low-energy point itself at t_min.
            let b = n * perPoint + i
            let x0 = Array(points[(index * d)..<((index + 1) * d)])
            for k in 0..<d { x[b * d + k] = x0[k] }
            times[b] = tMin
            let g = reducedEnergyGradient(x0)
            for k in 0..<d { targets[i * d + k] = -g[k] }
        }
        x.withUnsafeBufferPointer { xp in times.withUnsafeBufferPointer { model.forward(xp.baseAddress!, rows: rows, times: $0.baseAddress!, workspace: workspace) } }
        let eps = workspace.tape.output, cot = workspace.cotangent
        for i in 0..<(rows * d) { cot[i] = 0 }
        /// s of a row, and the adjoint dL/ds added into the cotangent of ε (dε = −ds/σ).
        func s(_ row: Int, _ k: Int) -> Double { -eps[row * d + k] / schedule.sigma(times[row]) }
        func addScoreAdjoint(_ row: Int, _ k: Int, _ value: Double) { cot[row * d + k] -= value / schedule.sigma(times[row]) }
        var total = 0.0
        let norm = Double(n), averaging = isExact ? 1 : Double(stencil.directions)
        for i in 0..<n {
            let base = i * perPoint, t = pointTimes[i], beta = schedule.beta(t), sigma = schedule.sigma(t)
            let weight = sigma * sigma * sigma / beta
            // φ at each centre.
            var phi = [[Double]](repeating: [0, 0], count: d)
            for k in 0..<d {
                for sign in 0..<2 {
                    let row = base + stencil.centreRow(axis: k, sign: sign)
                    var value = 0.0
                    for j in 0..<d { value += x[row * d + j] * s(row, j) + s(row, j) * s(row, j) }
                    for p in 0..<stencil.directions {
                        for j in 0..<d {
                            let v = probes[(i * stencil.directions + p) * d + j]
                            value += v * (s(row + 1 + 2 * p, j) - s(row + 2 + 2 * p, j)) / (2 * h) / averaging
                        }
                    }
                    phi[k][sign] = value
                }
            }
            var residual = [Double](repeating: 0, count: d)
            for k in 0..<d {
                residual[k] = (s(base, k) - s(base + 1, k)) / (2 * delta) - 0.5 * beta * (phi[k][0] - phi[k][1]) / (2 * h)
                total += weight * residual[k] * residual[k]
            }
            guard gradient != nil else { continue }
            // Adjoints, per unit of the mean loss.
            for k in 0..<d {
                let gR = 2 * weight * residual[k] / norm
                addScoreAdjoint(base, k, gR / (2 * delta))
                addScoreAdjoint(base + 1, k, -gR / (2 * delta))
                for sign in 0..<2 {
                    let gPhi = -0.5 * beta * gR * (sign == 0 ? 1 : -1) / (2 * h)
                    let row = base + stencil.centreRow(axis: k, sign: sign)
                    for j in 0..<d { addScoreAdjoint(row, j, gPhi * (x[row * d + j] + 2 * s(row, j))) }
                    for p in 0..<stencil.directions {
                        for j in 0..<d {
                            let v = probes[(i * stencil.directions + p) * d + j]
                            addScoreAdjoint(row + 1 + 2 * p, j, gPhi * v / (2 * h) / averaging)
                            addScoreAdjoint(row + 2 + 2 * p, j, -gPhi * v / (2 * h) / averaging)
                        }
                    }
                }
            }
        }
        let sigmaMin = schedule.sigma(tMin)
        for i in 0..<n {
            let row = n * perPoint + i
            for k in 0..<d {
                let miss = s(row, k) - targets[i * d + k]
                total += boundaryWeight * sigmaMin * sigmaMin * miss * miss
                if gradient != nil { addScoreAdjoint(row, k, 2 * boundaryWeight * sigmaMin * sigmaMin * miss / norm) }
            }
        }
        if let gradient { model.network.backward(cot, tape: workspace.tape, parameterGradient: gradient, inputGradient: nil) }
        return total / norm
    }

    /// True for the exact divergence.
    var isExact: Bool { divergence == .exact }
}
