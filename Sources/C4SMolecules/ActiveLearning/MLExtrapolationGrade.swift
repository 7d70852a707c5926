import C4SCore

/// How far a unit conformation lies outside what an `MLUnitPotential` was trained on, measured on
/// the network inputs: the standardised environment-vector features x = (G − mean)/scale of every
/// atom, against the per-element range [lo_f, hi_f] of each feature over the training atoms, and
/// the unit's energy against the range of its kind's reference energies.
///
/// descriptor grade = max over atoms and features of max(0, x_f − hi_f, lo_f − x_f): how many of the
/// potential's feature scales the most extrapolated input lies beyond anything seen in training
/// (0 inside the training range). Energy grade = max(0, E_min − E, E − E_max) / σ_E with the
/// kind's training energies (kcal/mol): a spurious well of the network shows as an energy far below
/// the training minimum.
public struct MLExtrapolationGrade: Sendable {
    /// The potential whose inputs are graded.
    public let potential: MLUnitPotential
    /// Per element (`AEVParameters.elements`), the smallest standardised value of each feature over the training atoms.
    public let lower: [[Double]]
    /// Per element, the largest standardised value of each feature over the training atoms.
    public let upper: [[Double]]
    /// Per unit kind code, the range of its training energies.
    public let energyRanges: [Int: EnergyRange]

    /// The reference energies of one unit kind's training conformations, in kcal/mol.
    public struct EnergyRange: Sendable, Equatable {
        /// Smallest energy.
        public let minimum: Double
        /// Largest energy.
        public let maximum: Double
        /// Standard deviation, at least 1 kcal/mol.
        public let deviation: Double
    }

    /// The ranges of the `split` conformations of `sets` (e.g. the training set the potential was fitted on),
    /// computed on `workers` threads in batches.
    /// - Throws: `MLPotentialError` naming a set with an element other than H, C, N, O, S.
    public init(potential: MLUnitPotential, sets: [UnitConformationSet], split: UnitDatasetSplit = .train, workers: Int) throws {
        let n = AEVParameters.elementCount, d = potential.aev.length
        var lower = [[Double]](repeating: [Double](repeating: .infinity, count: d), count: n)
        var upper = [[Double]](repeating: [Double](repeating: -.infinity, count: d), count: n)
        var energyRanges: [Int: EnergyRange] = [:]
        let batch = MLBatch(potential: potential)
        for set in sets {
            let species = try MLPotentialError.species(of: set.elements, in: set.kind.label)
            let chosen = set.indices(in: split)
            guard !chosen.isEmpty else { continue }
            let energies = chosen.map { set.energies[$0] }
            let mean = energies.reduce(0, +) / Double(energies.count)
            let deviation = (energies.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(energies.count)).squareRoot()
            energyRanges[set.kind.code] = EnergyRange(minimum: energies.min()!, maximum: energies.max()!, deviation: max(deviation, 1))
            for start in stride(from: 0, to: chosen.count, by: 256) {
                let part = chosen[start..<min(start + 256, chosen.count)]
                batch.load(species: Array(repeating: species, count: part.count))
                batch.describe(positions: part.map { set.positions[$0] }, jacobians: false, workers: workers)
                for e in 0..<n where batch.rowCounts[e] > 0 {
                    let x = batch.features[e]
                    for r in 0..<batch.rowCounts[e] {
                        for f in 0..<d {
                            lower[e][f] = min(lower[e][f], x[r * d + f])
                            upper[e][f] = max(upper[e][f], x[r * d + f])
                        }
                    }
                }
            }
        }
        // An element without training atoms: every feature's range is the single point 0 (the mean).
        for e in 0..<n where lower[e][0] > upper[e][0] {
            lower[e] = Array(repeating: 0, count: d)
            upper[e] = Array(repeating: 0, count: d)
        }
        self.potential = potential
        self.lower = lower
        self.upper = upper
        self.energyRanges = energyRanges
    }

    /// The grades of one batch of unit geometries.
    public struct Grades: Sendable, Equatable {
        /// ML energy of each geometry (kcal/mol).
        public let energies: [Double]
        /// Descriptor grade of each geometry (feature scales beyond the training range; 0 inside).
        public let descriptor: [Double]
        /// Index of the atom with the largest descriptor grade of each geometry.
        public let worstAtom: [Int]
        /// Energy grade of each geometry (training energy deviations beyond the kind's range; 0 inside
        /// or when the kind is not in the training data).
        public let energy: [Double]
    }

    /// Energies and grades of `geometries` of `kinds` (one kind per geometry), on `workers` threads.
    /// - Throws: `MLPotentialError` naming a geometry with an element other than H, C, N, O, S.
    /// - Precondition: one kind per geometry.
    public func grade(_ geometries: [UnitGeometry], kinds: [UnitKind], workers: Int) throws -> Grades {
        precondition(geometries.count == kinds.count, "MLExtrapolationGrade.grade: one kind per geometry")
        guard !geometries.isEmpty else { return Grades(energies: [], descriptor: [], worstAtom: [], energy: []) }
        let species = try geometries.map { try MLPotentialError.species(of: $0.elements, in: $0.label) }
        let batch = MLBatch(potential: potential)
        batch.load(species: species)
        batch.describe(positions: geometries.map(\.positions), jacobians: false, workers: workers)
        batch.forward()
        let d = potential.aev.length
        var energies: [Double] = [], descriptor: [Double] = [], worstAtom: [Int] = [], energy: [Double] = []
        for (s, kind) in kinds.enumerated() {
            var worst = 0.0, atom = 0
            for (a, e) in species[s].enumerated() {
                let x = batch.featureRow(s, a), lo = lower[e], hi = upper[e]
                for f in 0..<d {
                    let beyond = max(x[f] - hi[f], lo[f] - x[f])
                    if beyond > worst { (worst, atom) = (beyond, a) }
                }
            }
            let e = batch.energy(of: s)
            energies.append(e)
            descriptor.append(worst)
            worstAtom.append(atom)
            if let range = energyRanges[kind.code] {
                energy.append(max(0, range.minimum - e, e - range.maximum) / range.deviation)
            } else {
                energy.append(0)
            }
        }
        return Grades(energies: energies, descriptor: descriptor, worstAtom: worstAtom, energy: energy)
    }
}
