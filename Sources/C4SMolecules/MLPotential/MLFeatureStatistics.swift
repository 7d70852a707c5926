import C4SCore

/// Per-element mean and standard deviation of every environment-vector feature over the atoms of
/// training conformations, for standardising the networks' inputs. Standard deviations below
/// `floor` are raised to it (features that hardly vary in the data stay near zero instead of blowing up).
enum MLFeatureStatistics {
    /// Floor of a feature's scale.
    static let floor = 1e-3

    /// (mean, scale), each 5 × `aev.length`, from at most `limit` training conformations per set (evenly spaced).
    static func compute(_ sets: [MLConformationSet], aev: AEVParameters, limit: Int, workers: Int) -> (mean: [[Double]], scale: [[Double]]) {
        let n = AEVParameters.elementCount, d = aev.length
        var samples: [(species: [Int], positions: [SIMD3<Double>])] = []
        for set in sets {
            let train = set.indices(in: .train)
            let step = max(1, train.count / max(limit, 1))
            for c in stride(from: 0, to: train.count, by: step) { samples.append((set.species, set.positions[train[c]])) }
        }
        var identity = MLUnitPotential(aev: aev, hidden: [1], seed: 0)
        identity.selfEnergies = Array(repeating: 0, count: n)
        let batch = MLBatch(potential: identity)
        batch.load(species: samples.map(\.species))
        batch.describe(positions: samples.map(\.positions), jacobians: false, workers: workers)
        var mean = [[Double]](repeating: [Double](repeating: 0, count: d), count: n)
        var scale = mean
        for e in 0..<n where batch.rowCounts[e] > 0 {
            let rows = batch.rowCounts[e], x = batch.features[e]
            for f in 0..<d {
                var sum = 0.0
                for r in 0..<rows { sum += x[r * d + f] }
                let m = sum / Double(rows)
                var sq = 0.0
                for r in 0..<rows { sq += (x[r * d + f] - m) * (x[r * d + f] - m) }
                mean[e][f] = m
                scale[e][f] = max((sq / Double(rows)).squareRoot(), floor)
            }
        }
        for e in 0..<n where batch.rowCounts[e] == 0 { scale[e] = Array(repeating: 1, count: d) }
        return (mean, scale)
    }
}
