/// Errors of an `MLUnitPotential` against reference labels on one split, per unit kind and overall.
public struct MLAccuracy: Sendable {
    /// The errors on one set of conformations.
    public struct Errors: Sendable {
        /// Name (a unit kind's label, or `all`).
        public let label: String
        /// Conformations compared.
        public let conformations: Int
        /// Mean absolute energy error (kcal/mol per conformation).
        public let energyMAE: Double
        /// Mean signed energy error E_ML − E_ref (kcal/mol per conformation): the part of the error
        /// an offset per set would remove.
        public let energyBias: Double
        /// Mean absolute error of the force components (kcal/mol/Å).
        public let forceMAE: Double
        /// Root-mean-square error of the force components (kcal/mol/Å).
        public let forceRMSE: Double
    }

    /// One entry per set that has conformations in the split, in the sets' order.
    public let kinds: [Errors]
    /// All sets together (energy MAE over conformations, force errors over components).
    public let overall: Errors

    /// Evaluates `potential` on the conformations of `split` in `sets`, at most `limit` per set (the
    /// first ones), in batches on `workers` threads.
    public static func measure(_ potential: MLUnitPotential, on sets: [MLConformationSet], split: UnitDatasetSplit,
                               limit: Int = .max, workers: Int) -> MLAccuracy {
        let batch = MLBatch(potential: potential)
        var kinds: [Errors] = []
        var total = (count: 0, energy: 0.0, signed: 0.0, forceAbs: 0.0, forceSq: 0.0, components: 0)
        for set in sets {
            let indices = Array(set.indices(in: split).prefix(limit))
            guard !indices.isEmpty else { continue }
            var sums = (energy: 0.0, signed: 0.0, forceAbs: 0.0, forceSq: 0.0)
            for start in stride(from: 0, to: indices.count, by: 64) {
                let chunk = Array(indices[start..<min(start + 64, indices.count)])
                batch.load(species: Array(repeating: set.species, count: chunk.count))
                batch.describe(positions: chunk.map { set.positions[$0] }, jacobians: true, workers: workers)
                batch.forward()
                batch.inputGradients()
                for (s, c) in chunk.enumerated() {
                    sums.energy += abs(batch.energy(of: s) - set.energies[c])
                    sums.signed += batch.energy(of: s) - set.energies[c]
                    for (f, r) in zip(batch.forces(of: s), set.forces[c]) {
                        let d = f - r
                        sums.forceAbs += abs(d.x) + abs(d.y) + abs(d.z)
                        sums.forceSq += (d * d).sum()
                    }
                }
            }
            let components = indices.count * set.species.count * 3
            kinds.append(Errors(label: set.label, conformations: indices.count, energyMAE: sums.energy / Double(indices.count),
                                energyBias: sums.signed / Double(indices.count), forceMAE: sums.forceAbs / Double(components), forceRMSE: (sums.forceSq / Double(components)).squareRoot()))
            total.count += indices.count
            total.energy += sums.energy
            total.signed += sums.signed
            total.forceAbs += sums.forceAbs
            total.forceSq += sums.forceSq
            total.components += components
        }
        let n = Double(max(total.count, 1)), m = Double(max(total.components, 1))
        return MLAccuracy(kinds: kinds, overall: Errors(label: "all", conformations: total.count, energyMAE: total.energy / n,
                                                        energyBias: total.signed / n, forceMAE: total.forceAbs / m, forceRMSE: (total.forceSq / m).squareRoot()))
    }
}
