import C4SCarbon
import C4SCore
import C4SIO
import C4SLearn
import Foundation
import Testing

/// The ocean emulator's pieces: features, the hold-out split, weights round trip, and the driven flux
/// against the plain flux formula.
@Suite struct OceanEmulatorTests {
    static let carbon = SharedMirror.directory(forFileIn: #filePath)!.appendingPathComponent("carbon")

    @Test func featuresAreScaledAndMissingInputsDropTheRow() throws {
        let withCO2 = PCO2Features(includesCO2: true), without = PCO2Features(includesCO2: false)
        let row = try #require(withCO2.row(sst: 25, salinity: 35, wind: 10, ice: 0, xco2: 400, latitude: 30, longitude: 90, month: 1))
        #expect(row.count == withCO2.count && row[0] == 1 && row[1] == 0.25 && row[2] == 1 && row[4] == 1)
        // n-vector of 30° N, 90° E: (cos 30° cos 90°, cos 30° sin 90°, sin 30°).
        #expect(abs(row[5]) < 1e-15 && abs(row[6] - 3.0.squareRoot() / 2) < 1e-15 && abs(row[7] - 0.5) < 1e-15)
        #expect(abs(row[8] - sin(Double.pi / 12)) < 1e-15)
        // The date line is no edge: 179.5° W and 179.5° E are neighbours.
        let west = try #require(without.row(sst: 2, salinity: 34, wind: 8, ice: 0, xco2: .nan, latitude: 60, longitude: -179.5, month: 6))
        let east = try #require(without.row(sst: 2, salinity: 34, wind: 8, ice: 0, xco2: .nan, latitude: 60, longitude: 179.5, month: 6))
        #expect(west.count == 9 && zip(west, east).allSatisfy { abs($0 - $1) < 0.01 })
        #expect(withCO2.row(sst: .nan, salinity: 35, wind: 10, ice: 0, xco2: 400, latitude: 0, longitude: 0, month: 1) == nil)
        #expect(withCO2.row(sst: 20, salinity: 35, wind: 10, ice: 0, xco2: .nan, latitude: 0, longitude: 0, month: 1) == nil)
        #expect(PCO2Features(names: without.names) == without && PCO2Features(names: ["sst"]) == nil)
    }

    @Test func productCodeAndFourierFeaturesFollowTheMonth() throws {
        let fourier = PositionFourierEncoding(count: 3, scale: 2, seed: 5)
        let features = PCO2Features(includesCO2: false, includesProduct: true, fourier: fourier)
        #expect(features.count == 9 + 6 + 2 && features.names.suffix(2) == ["product_takahashi09", "product_socat2010"])
        #expect(features.names[9] == "fourier_sin_0" && features.drivingProducts == ["takahashi09", "socat2010"])
        let row = try #require(features.row(sst: 25, salinity: 35, wind: 10, ice: 0, xco2: .nan, latitude: 30, longitude: 90, month: 1,
                                            product: "socat2010"))
        let plain = try #require(PCO2Features(includesCO2: false).row(sst: 25, salinity: 35, wind: 10, ice: 0, xco2: .nan,
                                                                      latitude: 30, longitude: 90, month: 1))
        #expect(Array(row.prefix(9)) == plain && Array(row[9..<15]) == fourier.features(nVector: Array(plain[4..<7])))
        #expect(row.suffix(2) == [0, 1])
        #expect(features.row(sst: 25, salinity: 35, wind: 10, ice: 0, xco2: .nan, latitude: 30, longitude: 90, month: 1,
                             product: "takahashi09")?.suffix(2) == [1, 0])
        // The names with the same encoding give the set back; without the encoding they match none.
        #expect(PCO2Features(names: features.names, fourier: fourier) == features && PCO2Features(names: features.names) == nil)
        #expect(PCO2Features(includesCO2: true).drivingProducts == [nil])
    }

    @Test func anomaliesAreDeparturesFromTheBaseYearsMeanOfEachCalendarMonth() {
        let months = (2010...2012).flatMap { y in (1...12).map { YearMonth(year: y, month: $0) } }
        // Cell 0: 10 + month + 0.5 (year − 2010); cell 1: missing in 2011.
        let maps = months.map { m in
            [10 + Double(m.month) + 0.5 * Double(m.year - 2010), m.year == 2011 ? .nan : 1] + [Double](repeating: .nan, count: 64_798)
        }
        let series = MonthlyFieldSeries(name: "sst", units: "degC", grid: .oneDegree, months: months, maps: maps).anomalies(baseYears: 2010...2011)
        #expect(series.maps[0][0] == -0.25 && series.maps[13][0] == 0.25 && series.maps[30][0] == 0.75)
        #expect(series.maps[0][1] == 0 && series.maps[12][1].isNaN && series.maps[0][2].isNaN && series.name == "sst_anomaly")
    }

    @Test func holdOutSetsAreDisjointAndCoverTheirBlocksAndMonths() {
        let samples = (1...12).flatMap { m in stride(from: 0, to: 64_800, by: 97).map { PCO2Sample(dataset: "t", month: m, cell: $0) } }
        let split = PCO2HoldOut(samples: samples)
        let sets = [split.training, split.validation, split.blocks, split.months].map(Set.init)
        #expect(sets.reduce(0) { $0 + $1.count } == sets.reduce(Set<Int>()) { $0.union($1) }.count)
        #expect(split.blocks.allSatisfy { samples[$0].block % 7 == 3 && ![4, 10].contains(samples[$0].month) })
        #expect(split.months.allSatisfy { [4, 10].contains(samples[$0].month) && samples[$0].block % 7 != 3 })
        #expect(split.training.allSatisfy { samples[$0].block % 7 != 3 && ![4, 10].contains(samples[$0].month) })
    }

    @Test func weightsRoundTripThroughHDF5() throws {
        let emulator = OceanPCO2Emulator(featureSet: PCO2Features(includesCO2: false),
                                         network: DenseNetwork(layerSizes: [9, 8, 1], hidden: .silu, seed: 3),
                                         targetMean: -5, targetStandardDeviation: 30)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-emulator-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: url) }
        try HDF5File.writeAtomically(to: url, mode: .replace) { try emulator.write(into: $0.root.createGroup("e")) }
        let file = try HDF5File.open(at: url)
        defer { try? file.close() }
        #expect(try OceanPCO2Emulator(reading: file.root.openGroup("e"), file: "e.h5") == emulator)
    }

    @Test func fourierAndProductFeaturesRoundTripThroughHDF5() throws {
        let features = PCO2Features(includesCO2: false, includesProduct: true, fourier: PositionFourierEncoding(count: 4, scale: 3, seed: 9))
        let emulator = OceanPCO2Emulator(featureSet: features, network: DenseNetwork(layerSizes: [features.count, 8, 1], hidden: .silu, seed: 3),
                                         targetMean: -5, targetStandardDeviation: 30)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-emulator-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: url) }
        try HDF5File.writeAtomically(to: url, mode: .replace) { try emulator.write(into: $0.root.createGroup("e")) }
        let file = try HDF5File.open(at: url)
        defer { try? file.close() }
        #expect(try OceanPCO2Emulator(reading: file.root.openGroup("e"), file: "e.h5") == emulator)
    }

    @Test func committedWeightsAreWithoutWithTheCO2InputAndWithTheProductCode() throws {
        let models = try #require(RepositoryLocator.current()).appendingPathComponent("datasets/models")
        for (name, includesCO2) in [("ocean-pco2-emulator.h5", false), ("ocean-pco2-emulator-co2.h5", true)] {
            let file = try HDF5File.open(at: models.appendingPathComponent(name))
            defer { try? file.close() }
            let emulator = try OceanPCO2Emulator(reading: file.root.openGroup("ocean_pco2_emulator"), file: name)
            #expect(emulator.featureSet.includesCO2 == includesCO2 && emulator.network.layerSizes == [emulator.featureSet.count, 128, 128, 1], "\(name)")
        }
        // The product-code model: 64 Fourier frequency vectors of scale 8 (seed 11) after the month, 2 × 256.
        let name = "ocean-pco2-emulator-product.h5"
        let file = try HDF5File.open(at: models.appendingPathComponent(name))
        defer { try? file.close() }
        let emulator = try OceanPCO2Emulator(reading: file.root.openGroup("ocean_pco2_emulator"), file: name)
        #expect(emulator.featureSet == PCO2Features(includesCO2: false, includesProduct: true, fourier: PositionFourierEncoding(count: 64, scale: 8, seed: 11)))
        #expect(emulator.network.layerSizes == [139, 256, 256, 1])
    }

    @Test func drivenWithAProductCodeTheSeaAirDifferenceIsTheMeanOverTheProductsAskedFor() throws {
        // One linear layer reading only the SOCAT column: ΔpCO₂ = −20 (Takahashi) and −20 + 30 = 10 (SOCAT).
        let features = PCO2Features(includesCO2: false, includesProduct: true)
        var network = DenseNetwork(layerSizes: [features.count, 1], hidden: .silu, seed: 1)
        network.parameters = [Double](repeating: 0, count: network.parameterCount)
        network.parameters[features.count - 1] = 1
        let emulator = OceanPCO2Emulator(featureSet: features, network: network, targetMean: -20, targetStandardDeviation: 30)
        let july = try TakahashiClimatologyMonth(contentsOf: Self.carbon.appendingPathComponent("takahashi09/takahashi09-month07.nc"))
        let month = YearMonth(year: 2010, month: 7)
        let sstAnomaly = MonthlyFieldSeries(name: "sst_anomaly", units: "degC", grid: .oneDegree, months: [month],
                                            maps: [[Double](repeating: 0, count: 64_800)])
        for (products, expected) in [(nil, -5.0), (["socat2010"], 10), (["takahashi09"], -20)] as [([String]?, Double)] {
            let driven = try EmulatedOceanSink(emulator: emulator, sstAnomaly: sstAnomaly, takahashi: [TakahashiClimatologyMonth](repeating: july, count: 12),
                                           airMoleFractions: [month: 390], products: products)
            #expect(abs(driven.monthlySeaMinusAir[0] - expected) < 1e-9, "\(products ?? [])")
        }
    }

    @Test func drivenFluxIsTheBulkFormulaOfThePredictedSeaAirDifference() throws {
        // A network whose output is 0 predicts the target mean everywhere: ΔpCO₂ = −20 µatm.
        var network = DenseNetwork(layerSizes: [10, 4, 1], hidden: .silu, seed: 1)
        network.parameters = [Double](repeating: 0, count: network.parameterCount)
        let emulator = OceanPCO2Emulator(featureSet: PCO2Features(includesCO2: true), network: network, targetMean: -20, targetStandardDeviation: 30)
        let july = try TakahashiClimatologyMonth(contentsOf: Self.carbon.appendingPathComponent("takahashi09/takahashi09-month07.nc"))
        let takahashi = [TakahashiClimatologyMonth](repeating: july, count: 12)
        let month = YearMonth(year: 2010, month: 7)
        let cell = 90 * 360 + 20                      // 0.5° S, 159.5° W
        var anomaly = [Double](repeating: .nan, count: 64_800)
        anomaly[cell] = 0.5
        let sstAnomaly = MonthlyFieldSeries(name: "sst_anomaly", units: "degC", grid: .oneDegree, months: [month], maps: [anomaly])
        let driven = try EmulatedOceanSink(emulator: emulator, sstAnomaly: sstAnomaly, takahashi: takahashi, airMoleFractions: [month: 390])
        // Air: 390 ppm in moist air at the cell's pressure; at the climatological SST this is the file's own
        // scaling of vCO2_air to pCO2_air, and the 0.5 °C warmer water adds water vapour.
        let t = july.seaSurfaceTemperature[cell] + 0.5, s = july.salinity[cell]
        func air(_ celsius: Double) -> Double { 390 * (july.pressure[cell] / 1013.25 - MoistAirPCO2.waterVapourPressure(celsius: celsius, salinity: s)) }
        #expect(abs(air(t - 0.5) - 390 * july.airPCO2[cell] / july.airMoleFraction[cell]) < 0.05)
        #expect(air(t) < air(t - 0.5) - 0.3)
        let k = 0.251 * pow(july.windSpeed[cell], 2) * pow(SchmidtNumber.carbonDioxideInSeawater(celsius: t) / 660, -0.5)
        let expected = k / 360_000 * WeissSolubility.molesPerLitre.k0(celsius: t, salinity: s) * 1000
            * -20 * 1e-6 * (1 - july.iceFraction[cell]) * 12.011 * 365.0 / 12 * 86_400
        #expect(abs(driven.seaPCO2.maps[0][cell] - (air(t) - 20)) < 1e-9)
        #expect(abs(driven.flux.maps[0][cell] / expected - 1) < 1e-12)
        // Cells without an ERSST anomaly keep the climatological SST; the mean ΔpCO₂ is the network's −20.
        #expect(driven.seaPCO2.maps[0].filter(\.isFinite).count == 36229 && abs(driven.monthlySeaMinusAir[0] - -20) < 1e-9)
        #expect(driven.annualSink.isEmpty && driven.monthlyFlux.count == 1)
    }
}
