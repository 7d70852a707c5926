/// Scores on the emulator's hold-out rows that need no network, from the training fields alone: what a held-out
/// set allows any emulator to reach. All on pCO₂,sw (µatm), as `RegressionScore` of predictions against the targets.
public enum PCO2ReferenceScores {
    /// The neighbouring-month oracle: each row predicted as its own air pCO₂ plus the mean ΔpCO₂ = pCO₂,sw − pCO₂,air of
    /// the same product and cell one month before and one month after (December and January are neighbours). It knows
    /// the months a held-out month lies between, so it bounds what smooth seasonal interpolation can score; a product
    /// whose month-to-month changes are noise scores low here. Rows without both neighbours are left out.
    /// - Returns: nil when no row of `rows` has both neighbours.
    public static func neighbouringMonths(_ data: PCO2TrainingSet, rows: [Int]) -> RegressionScore? {
        let index = rowIndex(data)
        var predictions: [Double] = [], observations: [Double] = []
        for i in rows {
            let s = data.samples[i]
            let neighbours = [(s.month + 10) % 12 + 1, s.month % 12 + 1].compactMap {
                index[PCO2Sample(dataset: s.dataset, month: $0, cell: s.cell)]
            }
            guard neighbours.count == 2 else { continue }
            let delta = neighbours.reduce(0) { $0 + data.targets[$1] - data.airPCO2[$1] } / 2
            predictions.append(data.airPCO2[i] + delta)
            observations.append(data.targets[i])
        }
        return predictions.isEmpty ? nil : RegressionScore(predictions: predictions, observations: observations)
    }

    /// The best an emulator without a product code can do: it sees the same inputs for every product at a cell and
    /// month, so least squares gives the mean of their ΔpCO₂. Each row is predicted as its own air pCO₂ plus the mean
    /// ΔpCO₂ of the products present at its cell and month (its own target where it is the only one).
    public static func productMean(_ data: PCO2TrainingSet, rows: [Int]) -> RegressionScore {
        let index = rowIndex(data)
        let predictions = rows.map { i -> Double in
            let s = data.samples[i]
            let present = PCO2Features.products.compactMap { index[PCO2Sample(dataset: $0, month: s.month, cell: s.cell)] }
            return data.airPCO2[i] + present.reduce(0) { $0 + data.targets[$1] - data.airPCO2[$1] } / Double(present.count)
        }
        return RegressionScore(predictions: predictions, observations: rows.map { data.targets[$0] })
    }

    /// The R² left by the product's own error estimate, 1 − mean(e²) / variance of the targets over the rows with an
    /// estimate e (`PCO2TrainingSet.targetErrors`): a field that departs from the truth by e cannot be matched by a
    /// model of the truth closer than that. Returns the R² and the RMS error (µatm), or nil when no row has an estimate.
    public static func errorCeiling(_ data: PCO2TrainingSet, rows: [Int]) -> (rSquared: Double, rmsError: Double, count: Int)? {
        let kept = rows.filter { data.targetErrors[$0].isFinite }
        guard kept.count > 1 else { return nil }
        let targets = kept.map { data.targets[$0] }, mean = targets.reduce(0, +) / Double(kept.count)
        let variance = targets.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(kept.count)
        let meanSquare = kept.reduce(0) { $0 + data.targetErrors[$1] * data.targetErrors[$1] } / Double(kept.count)
        return (1 - meanSquare / variance, meanSquare.squareRoot(), kept.count)
    }

    private static func rowIndex(_ data: PCO2TrainingSet) -> [PCO2Sample: Int] {
        Dictionary(data.samples.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }
}
