import C4SCarbon

/// The emulator's scores (on pCO₂,sw) on each hold-out set of `PCO2HoldOut`, over all rows and per source
/// dataset, as result metrics.
struct OceanEmulatorScores {
    let metrics: [ResultMetric]

    init(emulator: OceanPCO2Emulator, data: PCO2TrainingSet, split: PCO2HoldOut) {
        var metrics: [ResultMetric] = []
        let sets: [(String, [Int], String)] = [
            ("blocks", split.blocks, "held-out 10-degree blocks (index = 3 mod 7), months not held out"),
            ("months", split.months, "held-out months April and October, blocks not held out"),
            ("validation", split.validation, "every 10th row of the training blocks and months (early stopping)"),
        ]
        for (name, rows, meaning) in sets where !rows.isEmpty {
            metrics += Self.metrics(name, rows: rows, meaning: meaning, emulator: emulator, data: data)
            guard name != "validation" else { continue }
            for dataset in ["takahashi09", "socat2010"] {
                let subset = rows.filter { data.samples[$0].dataset == dataset }
                if !subset.isEmpty {
                    metrics += Self.metrics("\(name)_\(dataset)", rows: subset, meaning: "\(meaning), \(dataset) rows only",
                                            emulator: emulator, data: data)
                }
            }
        }
        self.metrics = metrics
    }

    private static func metrics(_ name: String, rows: [Int], meaning: String, emulator: OceanPCO2Emulator, data: PCO2TrainingSet) -> [ResultMetric] {
        let (features, targets, air) = data.subset(rows)
        let score = RegressionScore(predictions: emulator.seaPCO2(features, air: air), observations: targets)
        return [
            ResultMetric("\(name)_r2", score.rSquared, unit: "1", summary: "R2 of pCO2,sw on \(meaning), \(score.count) rows"),
            ResultMetric("\(name)_rmse", score.rmse, unit: "uatm", summary: "RMSE of pCO2,sw on \(meaning)"),
            ResultMetric("\(name)_bias", score.bias, unit: "uatm", summary: "mean prediction - observation on \(meaning)"),
        ]
    }
}
