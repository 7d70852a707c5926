import C4SCarbon

/// What the hold-out sets allow, without a network (`PCO2ReferenceScores`), as result metrics: the product-mean bound
/// of an emulator without a product code (blocks and months, overall and per dataset), the neighbouring-month oracle
/// on the held-out months per dataset, and the R² left by SOCAT's own interpolation error on both sets.
struct OceanEmulatorReferenceScores {
    let metrics: [ResultMetric]

    init(data: PCO2TrainingSet, split: PCO2HoldOut) {
        var metrics: [ResultMetric] = []
        for (name, rows) in [("blocks", split.blocks), ("months", split.months)] where !rows.isEmpty {
            metrics += Self.metrics("\(name)_product_mean", PCO2ReferenceScores.productMean(data, rows: rows),
                                    meaning: "the mean of both products' pCO2,sw - pCO2,air (the bound without a product code) on held-out \(name)")
            for dataset in PCO2Features.products {
                let subset = rows.filter { data.samples[$0].dataset == dataset }
                guard !subset.isEmpty else { continue }
                metrics += Self.metrics("\(name)_\(dataset)_product_mean", PCO2ReferenceScores.productMean(data, rows: subset),
                                        meaning: "the product mean on held-out \(name), \(dataset) rows")
                if name == "months", let score = PCO2ReferenceScores.neighbouringMonths(data, rows: subset) {
                    metrics += Self.metrics("months_\(dataset)_neighbour_months", score,
                                            meaning: "the mean of the neighbouring months (oracle) on held-out months, \(dataset) rows")
                }
                if let ceiling = PCO2ReferenceScores.errorCeiling(data, rows: subset) {
                    metrics.append(ResultMetric("\(name)_\(dataset)_error_ceiling_r2", ceiling.rSquared, unit: "1",
                                                summary: "1 - mean(error^2)/variance with the product's own interpolation error on held-out \(name), \(ceiling.count) rows"))
                    metrics.append(ResultMetric("\(name)_\(dataset)_error_rms", ceiling.rmsError, unit: "uatm",
                                                summary: "RMS of the product's own interpolation error on held-out \(name)"))
                }
            }
        }
        self.metrics = metrics
    }

    private static func metrics(_ name: String, _ score: RegressionScore, meaning: String) -> [ResultMetric] {
        [ResultMetric("\(name)_r2", score.rSquared, unit: "1", summary: "R2 of pCO2,sw predicted by \(meaning), \(score.count) rows"),
         ResultMetric("\(name)_rmse", score.rmse, unit: "uatm", summary: "RMSE of pCO2,sw predicted by \(meaning)")]
    }
}
