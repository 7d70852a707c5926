import C4SCarbon
import Testing

/// The network-free scores of the hold-out sets on rows whose answers are known by construction.
@Suite struct PCO2ReferenceScoresTests {
    /// Two products on three cells and all 12 months: ΔpCO₂ = month + cell (Takahashi) and 10 more (SOCAT), air 380
    /// (Takahashi) and 390 (SOCAT); SOCAT's error estimate 3 µatm except in November; SOCAT lacks cell 2 in May.
    static func data() -> PCO2TrainingSet {
        var samples: [PCO2Sample] = [], targets: [Double] = [], air: [Double] = [], errors: [Double] = []
        for month in 1...12 {
            for cell in 0..<3 {
                samples.append(PCO2Sample(dataset: "takahashi09", month: month, cell: cell))
                targets.append(380 + Double(month + cell)); air.append(380); errors.append(.nan)
                guard month != 5 || cell != 2 else { continue }
                samples.append(PCO2Sample(dataset: "socat2010", month: month, cell: cell))
                targets.append(400 + Double(month + cell)); air.append(390); errors.append(month == 11 ? .nan : 3)
            }
        }
        let features = PCO2Features(includesCO2: false)
        return PCO2TrainingSet(featureSet: features, features: [Double](repeating: 0, count: samples.count * features.count),
                               targets: targets, airPCO2: air, targetErrors: errors, samples: samples)
    }

    func rows(_ data: PCO2TrainingSet, _ dataset: String, months: Set<Int>) -> [Int] {
        data.samples.indices.filter { data.samples[$0].dataset == dataset && months.contains(data.samples[$0].month) }
    }

    @Test func neighbouringMonthsAreExactForALinearSeasonAndNeedBothNeighbours() throws {
        let data = Self.data()
        // April lies halfway between March and May: exact; cell 2 of SOCAT has no May, so only 2 SOCAT rows count.
        let takahashi = try #require(PCO2ReferenceScores.neighbouringMonths(data, rows: rows(data, "takahashi09", months: [4])))
        #expect(takahashi.count == 3 && takahashi.rmse < 1e-12)
        let socat = try #require(PCO2ReferenceScores.neighbouringMonths(data, rows: rows(data, "socat2010", months: [4])))
        #expect(socat.count == 2 && socat.rmse < 1e-12)
        // January's neighbours are December (12 + cell) and February (2 + cell): predicted 7 + cell for 1 + cell.
        let january = try #require(PCO2ReferenceScores.neighbouringMonths(data, rows: rows(data, "takahashi09", months: [1])))
        #expect(abs(january.rmse - 6) < 1e-12 && abs(january.bias - 6) < 1e-12)
    }

    @Test func productMeanMissesEachProductByHalfTheirDifference() {
        let data = Self.data()
        // ΔpCO₂: Takahashi month + cell − 0 … SOCAT 10 + month + cell: the mean is 5 away from each.
        let both = PCO2ReferenceScores.productMean(data, rows: rows(data, "takahashi09", months: [1, 2]))
        #expect(abs(both.rmse - 5) < 1e-12 && abs(both.bias - 5) < 1e-12)
        // Where only Takahashi has the cell (May, cell 2), its own value is the mean.
        let may = data.samples.indices.filter { data.samples[$0] == PCO2Sample(dataset: "takahashi09", month: 5, cell: 2) }
        #expect(PCO2ReferenceScores.productMean(data, rows: may).rmse == 0)
    }

    @Test func errorCeilingUsesTheRowsWithAnEstimate() throws {
        let data = Self.data()
        let all = rows(data, "socat2010", months: Set(1...12))
        let ceiling = try #require(PCO2ReferenceScores.errorCeiling(data, rows: all))
        // 35 SOCAT rows, 3 of them (November) without an estimate; targets 400 + month + cell over the 32 kept.
        let kept = all.filter { data.samples[$0].month != 11 }.map { data.targets[$0] }
        let mean = kept.reduce(0, +) / 32, variance = kept.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 32
        #expect(ceiling.count == 32 && abs(ceiling.rmsError - 3) < 1e-12 && abs(ceiling.rSquared - (1 - 9 / variance)) < 1e-12)
        #expect(PCO2ReferenceScores.errorCeiling(data, rows: rows(data, "takahashi09", months: [1])) == nil)
    }
}
