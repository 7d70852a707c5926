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
        let row = try #require(PCO2Features.row(sst: 25, salinity: 35, wind: 10, ice: 0, xco2: 400, latitude: 30, longitude: 90, month: 1))
        #expect(row.count == PCO2Features.count && row[0] == 1 && row[1] == 0.25 && row[2] == 1 && row[4] == 1)
        #expect(abs(row[5] - 0.5) < 1e-15 && abs(row[6] - 1) < 1e-15 && abs(row[8] - sin(Double.pi / 12)) < 1e-15)
        #expect(PCO2Features.row(sst: .nan, salinity: 35, wind: 10, ice: 0, xco2: 400, latitude: 0, longitude: 0, month: 1) == nil)
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
        let emulator = OceanPCO2Emulator(network: DenseNetwork(layerSizes: [10, 8, 1], hidden: .silu, seed: 3),
                                         targetMean: 360, targetStandardDeviation: 30)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-emulator-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: url) }
        try HDF5File.writeAtomically(to: url, mode: .replace) { try emulator.write(into: $0.root.createGroup("e")) }
        let file = try HDF5File.open(at: url)
        defer { try? file.close() }
        #expect(try OceanPCO2Emulator(reading: file.root.openGroup("e"), file: "e.h5") == emulator)
    }

    @Test func drivenFluxIsTheBulkFormulaOfThePredictedPCO2() throws {
        // A network whose output is 0 predicts the target mean everywhere: pCO₂,sw = 380 µatm.
        var network = DenseNetwork(layerSizes: [10, 4, 1], hidden: .silu, seed: 1)
        network.parameters = [Double](repeating: 0, count: network.parameterCount)
        let emulator = OceanPCO2Emulator(network: network, targetMean: 380, targetStandardDeviation: 30)
        let july = try TakahashiClimatologyMonth(contentsOf: Self.carbon.appendingPathComponent("takahashi09/takahashi09-month07.nc"))
        let takahashi = [TakahashiClimatologyMonth](repeating: july, count: 12)
        let month = YearMonth(year: 2010, month: 7)
        let sst = MonthlyFieldSeries(name: "sst", units: "degC", grid: .oneDegree, months: [month], maps: [july.seaSurfaceTemperature])
        let driven = try EmulatedOceanSink(emulator: emulator, sst: sst, takahashi: takahashi, airMoleFractions: [month: 390])
        let cell = 90 * 360 + 20                      // 0.5° S, 159.5° W
        let air = 390 * july.airPCO2[cell] / july.airMoleFraction[cell]
        let t = july.seaSurfaceTemperature[cell]
        let k = 0.251 * pow(july.windSpeed[cell], 2) * pow(SchmidtNumber.carbonDioxideInSeawater(celsius: t) / 660, -0.5)
        let expected = k / 360_000 * WeissSolubility.molesPerLitre.k0(celsius: t, salinity: july.salinity[cell]) * 1000
            * (380 - air) * 1e-6 * (1 - july.iceFraction[cell]) * 12.011 * 365.0 / 12 * 86_400
        #expect(driven.seaPCO2.maps[0][cell] == 380)
        #expect(abs(driven.flux.maps[0][cell] / expected - 1) < 1e-12)
        #expect(driven.annualSink.isEmpty && driven.monthlyFlux.count == 1)
    }
}
