import C4SCore
import C4SLearn

/// One conformation of a training batch: its set and index there.
struct MLSampleIndex: Sendable, Hashable {
    let set: Int
    let conformation: Int
}

/// Loss and exact weight gradient of an `MLUnitPotential` on a batch of labelled conformations:
/// L = (1/B) Σ_s [ (E_s − E_s^ref)² / n_s + ρ Σ_a |F_sa − F_sa^ref|² / (3 n_s) ] (kcal²/mol² per atom).
///
/// The force term's gradient needs ∂/∂W of g(W)·u with g = ∂E_atom/∂x and u_i = −(J_i w)/σ, where
/// w = ∂L/∂F and J_i = dG_i/dR: the direction u is propagated forward through each network as a
/// tangent (`DenseNetwork.tangentForward`) and the scalar is back-propagated through the primal and
/// tangent paths together with the energy term (`DenseNetwork.tangentBackward`).
///
/// With `caching`, the standardised features and dG/dR of every conformation are computed once and
/// reused by later batches (they depend only on the positions and the fixed standardisation, not
/// on the weights): later epochs skip the descriptors, at the cost of keeping them in memory
/// (about 0.5 MB per 30-atom conformation).
final class MLTrainingBatch: @unchecked Sendable {
    let batch: MLBatch
    private var directions: [UnsafeMutablePointer<Double>]
    private var outputAdjoints: [UnsafeMutablePointer<Double>]
    private var tangentOnes: [UnsafeMutablePointer<Double>]
    private var tangentTapes: [DenseTangentTape]
    private var capacities: [Int]
    let workers: Int
    /// Whether described conformations are kept for later batches.
    let caching: Bool
    /// Standardised features (atoms × length, in atom order) and dG/dR of each conformation described so far.
    private var cache: [MLSampleIndex: (features: [Double], jacobian: AEVJacobian)] = [:]

    /// A workspace for `potential` on `workers` threads; `caching` as above. The standardisation
    /// (`featureMean`, `featureScale`) must not change while caching.
    init(potential: MLUnitPotential, workers: Int, caching: Bool = true) {
        batch = MLBatch(potential: potential)
        self.workers = workers
        self.caching = caching
        let n = AEVParameters.elementCount
        directions = (0..<n).map { _ in .allocate(capacity: 1) }
        outputAdjoints = (0..<n).map { _ in .allocate(capacity: 1) }
        tangentOnes = (0..<n).map { _ in .allocate(capacity: 1) }
        tangentTapes = potential.networks.map { DenseTangentTape(for: $0, capacity: 1) }
        capacities = Array(repeating: 0, count: n)
    }

    deinit {
        (directions + outputAdjoints + tangentOnes).forEach { $0.deallocate() }
    }

    /// The networks' parameters, concatenated in element order.
    var parameters: [Double] {
        get { batch.potential.networks.flatMap(\.parameters) }
        set {
            var offset = 0
            for e in batch.potential.networks.indices {
                let count = batch.potential.networks[e].parameterCount
                batch.potential.networks[e].parameters = Array(newValue[offset..<(offset + count)])
                offset += count
            }
        }
    }

    /// Loss of `samples` of `sets` with force weight ρ = `forceWeight`, and its gradient with respect
    /// to `parameters` (when `gradient`).
    func loss(_ samples: [MLSampleIndex], of sets: [MLConformationSet], forceWeight rho: Double,
              gradient wantGradient: Bool) -> (loss: Double, gradient: [Double]) {
        let b = batch, count = Double(samples.count)
        b.load(species: samples.map { sets[$0.set].species })
        describe(samples, of: sets)
        b.forward()
        b.inputGradients()
        var loss = 0.0
        var energyAdjoint = [Double](repeating: 0, count: samples.count)
        var forceAdjoint = [[SIMD3<Double>]](repeating: [], count: samples.count)
        for (s, sample) in samples.enumerated() {
            let set = sets[sample.set], n = Double(set.species.count)
            let dE = b.energy(of: s) - set.energies[sample.conformation]
            let forces = b.forces(of: s), reference = set.forces[sample.conformation]
            var sq = 0.0
            forceAdjoint[s] = zip(forces, reference).map { f, r in
                let d = f - r
                sq += (d * d).sum()
                return 2 * rho / (3 * n * count) * d
            }
            loss += (dE * dE / n + rho * sq / (3 * n)) / count
            energyAdjoint[s] = 2 * dE / (n * count)
        }
        guard wantGradient else { return (loss, []) }
        reserve()
        let d = b.length
        for e in b.rowCounts.indices where b.rowCounts[e] > 0 {
            directions[e].update(repeating: 0, count: b.rowCounts[e] * d)
        }
        // v_i = J_i w (raw feature units), then u_i = −v_i/σ, per structure on disjoint rows.
        nonisolated(unsafe) let dirs = directions
        let fa = forceAdjoint
        ParallelFor.chunks(count: samples.count, workers: workers) { _, range in
            for s in range {
                b.jacobians[s].addDirectionalDerivatives(along: fa[s]) { atom in
                    dirs[b.species[s][atom]] + b.rows[s][atom] * d
                }
            }
        }
        for (s, _) in samples.enumerated() {
            for (atom, e) in b.species[s].enumerated() { outputAdjoints[e][b.rows[s][atom]] = energyAdjoint[s] }
        }
        var gradient = [Double](repeating: 0, count: b.potential.networks.reduce(0) { $0 + $1.parameterCount })
        var offset = 0
        gradient.withUnsafeMutableBufferPointer { g in
            for e in b.potential.networks.indices {
                let network = b.potential.networks[e], rows = b.rowCounts[e]
                defer { offset += network.parameterCount }
                guard rows > 0 else { continue }
                let u = directions[e], scale = b.potential.featureScale[e]
                for r in 0..<rows {
                    for f in 0..<d { u[r * d + f] = -u[r * d + f] / scale[f] }
                }
                network.tangentForward(u, tape: b.tapes[e], tangent: tangentTapes[e])
                network.tangentBackward(outputAdjoint: outputAdjoints[e], tangentAdjoint: tangentOnes[e], tape: b.tapes[e],
                                        tangent: tangentTapes[e], parameterGradient: g.baseAddress! + offset)
            }
        }
        return (loss, gradient)
    }

    /// Fills the loaded batch's features and Jacobians for `samples`: from the cache when it holds
    /// them all, else by computing them (and, when caching, keeping them).
    private func describe(_ samples: [MLSampleIndex], of sets: [MLConformationSet]) {
        let b = batch, d = b.length
        if caching && samples.allSatisfy({ cache[$0] != nil }) {
            for (s, sample) in samples.enumerated() {
                let entry = cache[sample]!
                b.jacobians[s] = entry.jacobian
                entry.features.withUnsafeBufferPointer { f in
                    for atom in b.species[s].indices { b.featureRow(s, atom).update(from: f.baseAddress! + atom * d, count: d) }
                }
            }
            return
        }
        b.describe(positions: samples.map { sets[$0.set].positions[$0.conformation] }, jacobians: true, workers: workers)
        guard caching else { return }
        for (s, sample) in samples.enumerated() {
            var features = [Double]()
            features.reserveCapacity(b.species[s].count * d)
            for atom in b.species[s].indices { features.append(contentsOf: UnsafeBufferPointer(start: b.featureRow(s, atom), count: d)) }
            cache[sample] = (features, b.jacobians[s])
        }
    }

    /// Grows the tangent buffers to the batch's rows.
    private func reserve() {
        let d = batch.length
        for e in capacities.indices where batch.rowCounts[e] > capacities[e] {
            let capacity = batch.capacities[e]
            directions[e].deallocate()
            outputAdjoints[e].deallocate()
            tangentOnes[e].deallocate()
            directions[e] = .allocate(capacity: capacity * d)
            outputAdjoints[e] = .allocate(capacity: capacity)
            tangentOnes[e] = .allocate(capacity: capacity)
            tangentOnes[e].initialize(repeating: 1, count: capacity)
            tangentTapes[e] = DenseTangentTape(for: batch.potential.networks[e], capacity: capacity)
            capacities[e] = capacity
        }
    }
}
