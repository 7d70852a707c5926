import C4SLearn

/// A machine-learned potential for protein units (ANI / Behler–Parrinello style): each atom's
/// environment vector G (`AEVParameters`), standardised as x = (G − mean) / scale per element, goes
/// through its element's network to an atomic energy; the energy is Σ_i NN_{e_i}(x_i) + Σ_i ε_{e_i}
/// with the per-element self-energies ε fitted first by least squares. kcal/mol and ångström.
public struct MLUnitPotential: Sendable {
    /// The descriptor.
    public let aev: AEVParameters
    /// Self-energy of each element of `AEVParameters.elements` (kcal/mol).
    public var selfEnergies: [Double]
    /// One network per element (inputs `aev.length`, one output in kcal/mol).
    public var networks: [DenseNetwork]
    /// Per element, the mean of each feature over the training atoms of that element.
    public var featureMean: [[Double]]
    /// Per element, the standard deviation of each feature (1 where it does not vary).
    public var featureScale: [[Double]]
    /// How the potential was made (reference method, data file, command), for people.
    public var provenance: [String: String]

    /// A potential from its parts.
    /// - Precondition: five self-energies, networks, means and scales; networks map `aev.length` inputs
    ///   to one output; means and scales have `aev.length` entries, scales positive.
    public init(aev: AEVParameters, selfEnergies: [Double], networks: [DenseNetwork], featureMean: [[Double]],
                featureScale: [[Double]], provenance: [String: String] = [:]) {
        let n = AEVParameters.elementCount, d = aev.length
        precondition(selfEnergies.count == n && networks.count == n && featureMean.count == n && featureScale.count == n,
                     "MLUnitPotential: one self-energy, network, mean and scale per element")
        precondition(networks.allSatisfy { $0.inputCount == d && $0.outputCount == 1 }, "MLUnitPotential: networks must map \(d) features to 1 energy")
        precondition(featureMean.allSatisfy { $0.count == d } && featureScale.allSatisfy { $0.count == d && $0.allSatisfy { $0 > 0 } },
                     "MLUnitPotential: \(d) means and positive scales per element")
        self.aev = aev
        self.selfEnergies = selfEnergies
        self.networks = networks
        self.featureMean = featureMean
        self.featureScale = featureScale
        self.provenance = provenance
    }

    /// Fresh networks `aev.length → hidden… → 1` with SiLU hidden layers (seeded per element), zero
    /// self-energies, identity standardisation.
    public init(aev: AEVParameters = .units, hidden: [Int], seed: UInt64) {
        let d = aev.length
        self.init(aev: aev, selfEnergies: Array(repeating: 0, count: AEVParameters.elementCount),
                  networks: (0..<AEVParameters.elementCount).map {
                      DenseNetwork(layerSizes: [d] + hidden + [1], hidden: .silu, seed: seed &+ UInt64($0) &* 7919)
                  },
                  featureMean: Array(repeating: Array(repeating: 0, count: d), count: AEVParameters.elementCount),
                  featureScale: Array(repeating: Array(repeating: 1, count: d), count: AEVParameters.elementCount))
    }

    /// Sum of the self-energies of atoms with `species` (kcal/mol).
    public func selfEnergy(of species: [Int]) -> Double {
        species.reduce(0) { $0 + selfEnergies[$1] }
    }

    /// Energy (kcal/mol) and forces (kcal/mol/Å) of one structure; for tests and small uses
    /// (`MLUnitEngine` batches many). - Precondition: species in 0..<5, one per position.
    public func energyAndForces(species: [Int], positions: [SIMD3<Double>]) -> (energy: Double, forces: [SIMD3<Double>]) {
        let batch = MLBatch(potential: self)
        batch.load(species: [species])
        batch.describe(positions: [positions], jacobians: true, workers: 1)
        batch.forward()
        batch.inputGradients()
        return (batch.energy(of: 0), batch.forces(of: 0))
    }
}
