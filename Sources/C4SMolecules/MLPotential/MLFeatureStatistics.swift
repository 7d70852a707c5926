import C4SCore

/// Per-element mean and standard deviation of every environment-vector feature over the atoms of
/// training conformations, for standardising the networks' inputs. A standard deviation below the
/// element's floor, max(`floor`, `relativeFloor` × the element's largest feature standard
/// deviation), is raised to it: a feature that hardly varies in the data (a pair or angle the
/// data never brings within the cutoff) is not magnified into a huge, never-fitted input when a
/// geometry outside the data gives it a small value.
enum MLFeatureStatistics {
    /// Absolute floor of a feature's scale.
    static let floor = 1e-3
    /// Floor of a feature's scale relative to the largest scale among its element's features.
    static let relativeFloor = 0.02

    /// (mean, scale), each 5 × `aev.length`, from at most `limit` training conformations per set (evenly spaced).
    static func compute(_ sets: [MLConformationSet], aev: AEVParameters, limit: Int, workers: Int) -> (mean: [[Double]], scale: [[Double]]) {
        let n = AEVParameters.elementCount, d = aev.length
        var identity = MLUnitPotential(aev: aev, hidden: [1], seed: 0)
        identity.selfEnergies = Array(repeating: 0, count: n)
        let batch = MLBatch(potential: identity)
        var sum = [[Double]](repeating: [Double](repeating: 0, count: d), count: n), square = sum
        var rows = [Int](repeating: 0, count: n)
        // One set at a time, so memory stays at one set's descriptors.
        for set in sets {
            let train = set.indices(in: .train)
            let step = max(1, train.count / max(limit, 1))
            let chosen = stride(from: 0, to: train.count, by: step).map { train[$0] }
            guard !chosen.isEmpty else { continue }
            batch.load(species: Array(repeating: set.species, count: chosen.count))
            batch.describe(positions: chosen.map { set.positions[$0] }, jacobians: false, workers: workers)
            for e in 0..<n where batch.rowCounts[e] > 0 {
                let x = batch.features[e]
                for r in 0..<batch.rowCounts[e] {
                    for f in 0..<d {
                        sum[e][f] += x[r * d + f]
                        square[e][f] += x[r * d + f] * x[r * d + f]
                    }
                }
                rows[e] += batch.rowCounts[e]
            }
        }
        var mean = [[Double]](repeating: [Double](repeating: 0, count: d), count: n)
        var scale = [[Double]](repeating: [Double](repeating: 1, count: d), count: n)
        for e in 0..<n where rows[e] > 0 {
            let count = Double(rows[e])
            mean[e] = sum[e].map { $0 / count }
            let deviation = (0..<d).map { f in max(square[e][f] / count - mean[e][f] * mean[e][f], 0).squareRoot() }
            let elementFloor = max(floor, relativeFloor * (deviation.max() ?? 0))
            scale[e] = deviation.map { max($0, elementFloor) }
        }
        return (mean, scale)
    }
}
