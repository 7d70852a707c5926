import C4SCore
import C4SLearn

/// The workspace of one batched evaluation of an `MLUnitPotential` on many structures: every
/// structure's atoms of one element are rows of that element's feature matrix, so each network
/// layer is one GEMM over all structures. Buffers grow to the largest batch seen and are reused.
///
/// `@unchecked Sendable`: no locking; one thread drives a batch at a time (descriptor and force
/// work inside it is split over structures, which write disjoint rows).
final class MLBatch: @unchecked Sendable {
    var potential: MLUnitPotential
    let computer: AEVComputer
    let length: Int
    /// Species of each structure's atoms.
    private(set) var species: [[Int]] = []
    /// Row of each structure's atoms in its element's matrices.
    private(set) var rows: [[Int]] = []
    /// Rows per element.
    private(set) var rowCounts: [Int]
    /// dG/dR of each structure (when described with Jacobians).
    var jacobians: [AEVJacobian] = []
    /// Per element: standardised features (rows × length), then ∂E/∂G (raw G units) after `inputGradients`.
    private(set) var features: [UnsafeMutablePointer<Double>]
    private(set) var gradients: [UnsafeMutablePointer<Double>]
    private(set) var capacities: [Int]
    private(set) var tapes: [DenseNetworkTape]
    private var ones: UnsafeMutablePointer<Double>

    /// An empty workspace for `potential`.
    init(potential: MLUnitPotential) {
        self.potential = potential
        computer = AEVComputer(parameters: potential.aev)
        length = potential.aev.length
        let n = AEVParameters.elementCount
        rowCounts = Array(repeating: 0, count: n)
        capacities = Array(repeating: 1, count: n)
        features = (0..<n).map { _ in .allocate(capacity: potential.aev.length) }
        gradients = (0..<n).map { _ in .allocate(capacity: potential.aev.length) }
        tapes = potential.networks.map { DenseNetworkTape(for: $0, capacity: 1) }
        ones = .allocate(capacity: 1)
        ones.initialize(to: 1)
    }

    deinit {
        (features + gradients + [ones]).forEach { $0.deallocate() }
    }

    /// Assigns rows for structures with `species` and grows the buffers when needed.
    func load(species: [[Int]]) {
        self.species = species
        var counts = Array(repeating: 0, count: AEVParameters.elementCount)
        rows = species.map { list in list.map { e in defer { counts[e] += 1 }; return counts[e] } }
        rowCounts = counts
        for e in counts.indices where counts[e] > capacities[e] {
            let capacity = max(counts[e], capacities[e] * 2)
            features[e].deallocate()
            gradients[e].deallocate()
            features[e] = .allocate(capacity: capacity * length)
            gradients[e] = .allocate(capacity: capacity * length)
            tapes[e] = DenseNetworkTape(for: potential.networks[e], capacity: capacity)
            capacities[e] = capacity
        }
        let widest = counts.max() ?? 1
        if widest > onesCount {
            ones.deallocate()
            ones = .allocate(capacity: widest)
            ones.initialize(repeating: 1, count: widest)
            onesCount = widest
        }
        if jacobians.count < species.count { jacobians += Array(repeating: AEVJacobian(), count: species.count - jacobians.count) }
    }
    private var onesCount = 1

    /// Pointer to the feature row of atom `atom` of structure `s`.
    func featureRow(_ s: Int, _ atom: Int) -> UnsafeMutablePointer<Double> {
        features[species[s][atom]] + rows[s][atom] * length
    }

    /// Pointer to the gradient row of atom `atom` of structure `s`.
    func gradientRow(_ s: Int, _ atom: Int) -> UnsafeMutablePointer<Double> {
        gradients[species[s][atom]] + rows[s][atom] * length
    }

    /// Computes every structure's standardised features (and dG/dR when `jacobians`) on `workers` threads.
    /// - Precondition: `load` ran with matching species; one position array per structure.
    func describe(positions: [[SIMD3<Double>]], jacobians withJacobians: Bool, workers: Int) {
        let batch = self
        let mean = potential.featureMean, scale = potential.featureScale, d = length
        jacobians.withUnsafeMutableBufferPointer { jac in
            nonisolated(unsafe) let jac = jac
            ParallelFor.chunks(count: positions.count, workers: workers) { _, range in
                for s in range {
                    batch.computer.compute(species: batch.species[s], positions: positions[s], row: { batch.featureRow(s, $0) },
                                           jacobian: withJacobians ? jac.baseAddress! + s : nil)
                    for (atom, e) in batch.species[s].enumerated() {
                        let x = batch.featureRow(s, atom), m = mean[e], sc = scale[e]
                        for f in 0..<d { x[f] = (x[f] - m[f]) / sc[f] }
                    }
                }
            }
        }
    }

    /// Runs every element's network on its rows (one GEMM per layer and element).
    func forward() {
        for e in rowCounts.indices where rowCounts[e] > 0 {
            potential.networks[e].forward(features[e], rows: rowCounts[e], tape: tapes[e])
        }
    }

    /// Atomic energy of atom `atom` of structure `s` from the last `forward` (kcal/mol, without self-energy).
    func atomicEnergy(_ s: Int, _ atom: Int) -> Double {
        tapes[species[s][atom]].output[rows[s][atom]]
    }

    /// Energy of structure `s` (kcal/mol) from the last `forward`, self-energies included.
    func energy(of s: Int) -> Double {
        var sum = 0.0
        for atom in species[s].indices { sum += atomicEnergy(s, atom) }
        return sum + potential.selfEnergy(of: species[s])
    }

    /// ∂E_atom/∂G for every row into `gradients` (in raw-feature units: divided by the scale).
    func inputGradients() {
        let d = length
        for e in rowCounts.indices where rowCounts[e] > 0 {
            potential.networks[e].backward(ones, tape: tapes[e], parameterGradient: nil, inputGradient: gradients[e])
            let g = gradients[e], scale = potential.featureScale[e]
            for r in 0..<rowCounts[e] {
                for f in 0..<d { g[r * d + f] /= scale[f] }
            }
        }
    }

    /// Forces on structure `s` (kcal/mol/Å) from the last `inputGradients`.
    /// - Precondition: described with Jacobians.
    func forces(of s: Int) -> [SIMD3<Double>] {
        var forces = [SIMD3<Double>](repeating: .zero, count: species[s].count)
        jacobians[s].addForces({ UnsafePointer(self.gradientRow(s, $0)) }, into: &forces)
        return forces
    }
}
