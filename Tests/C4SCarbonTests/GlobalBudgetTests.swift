import C4SCarbon
import C4SCore
import C4SIO
import Foundation
import Testing

/// The GCB 2023 table's identities, and the annual sink emulators against an independent numpy implementation
/// (`scripts/carbon-budget-reference.py`, whose printed numbers are quoted here) and the targets.
@Suite struct GlobalBudgetTests {
    static let carbon = SharedMirror.directory(forFileIn: #filePath)!.appendingPathComponent("carbon")
    static let table = try! GlobalBudgetTable(contentsOf: carbon.appendingPathComponent("gcb2023-global-budget.csv"))
    static let drivers = try! BudgetDrivers(maunaLoaURL: carbon.appendingPathComponent("noaa-co2-mm-mlo.csv"),
                                            growthRateURL: carbon.appendingPathComponent("noaa-co2-gr-gl.csv"),
                                            ersstURL: carbon.appendingPathComponent("ersstv5-2010-2020.nc"))

    @Test func halfUnitsFollowThePrintedDigits() {
        #expect(GlobalBudgetTable.halfUnitInLastPlace("2.41666545551985") == 0.5e-14)
        #expect(GlobalBudgetTable.halfUnitInLastPlace("1.5") == 0.05)
        #expect(GlobalBudgetTable.halfUnitInLastPlace("12") == 0.5)
        #expect(abs(GlobalBudgetTable.halfUnitInLastPlace("1.25e-3") / 0.5e-5 - 1) < 1e-12)
    }

    @Test func everyYearOfTheTableSatisfiesItsIdentities() {
        let check = BudgetIdentityCheck(table: Self.table)
        #expect(check.yearsChecked == 64 && Self.table.years.first?.year == 1959 && Self.table.years.last?.year == 2022)
        #expect(check.passed, "\(check.failures)")
        #expect(check.largestImbalanceDifference <= check.largestImbalanceTolerance && check.largestImbalanceDifference < 1e-13)
    }

    @Test func aChangedValueIsReportedByYearAndColumn() throws {
        let source = try String(contentsOf: Self.carbon.appendingPathComponent("gcb2023-global-budget.csv"), encoding: .utf8)
        let edited = source.replacingOccurrences(of: "1960,2.56179621050006,", with: "1960,2.56279621050006,")
            .replacingOccurrences(of: "1961,2.56942751478099,1.78748333333333,1.65672,", with: "1961,2.56942751478099,1.78748333333333,1.65673,")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gcb-edited-\(UUID().uuidString).csv")
        try edited.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let check = BudgetIdentityCheck(table: try GlobalBudgetTable(contentsOf: url))
        #expect(check.failures.map(\.year) == [1960, 1961, 1961])
        #expect(check.failures.map(\.column) == ["budget imbalance", "budget imbalance", "atmospheric growth"])
        #expect(check.failures[0].line == 7 && abs(check.failures[0].recomputed - check.failures[0].published - 1e-3) < 1e-9)
    }

    @Test func ridgeWithoutPenaltyRecoversAnExactPlaneAndItsLeaveOneOutMatchesRefits() {
        let x: [[Double]] = (0..<12).map { i in [Double(i), Double((i * 7) % 5), sin(Double(i))] }
        let exact = x.map { 1.5 + 2 * $0[0] - 0.5 * $0[1] + 3 * $0[2] }
        let plane = RidgeRegression(x: x, y: exact, lambdas: [0])
        #expect(abs(plane.predict([20, 1, 0.3]) - (1.5 + 40 - 0.5 + 0.9)) < 1e-8 && plane.leaveOneOutRMS < 1e-8)
        let noisy = exact.enumerated().map { $1 + (Double(($0 * 37) % 11) - 5) / 10 }
        let ols = RidgeRegression(x: x, y: noisy, lambdas: [0])
        for i in x.indices {
            var xi = x, yi = noisy
            xi.remove(at: i)
            yi.remove(at: i)
            let refit = RidgeRegression(x: xi, y: yi, lambdas: [0])
            #expect(abs(ols.leaveOneOutErrors[i] - (refit.predict(x[i]) - noisy[i])) < 1e-8, "sample \(i)")
        }
        #expect(RidgeRegression(x: x, y: noisy, lambdas: [10, 0.7, 1e6]).lambda != 1e6)
    }

    @Test func driversCoverTheTableAndTheYearsAfterIt() throws {
        #expect(Self.drivers.years.first?.year == 1959 && Self.drivers.years.last?.year == 2025)
        let y2015 = try #require(Self.drivers.year(2015))
        #expect(abs(y2015.carbonDioxide - 401.0) < 0.05 && y2015.growthRate == 2.95)
        #expect(y2015.seaSurfaceTemperatureMonths == 12 && y2015.nino34! > 1.0)      // the 2015 El Niño
        #expect(Self.drivers.year(2011)!.nino34! < -0.3)                              // La Niña 2011
        #expect(Self.drivers.year(2020)!.seaSurfaceTemperatureMonths == 8 && Self.drivers.year(2009)!.nino34 == nil)
    }

    @Test func hindcastMatchesTheNumpyReferenceAndTheTargets() throws {
        let hindcast = try BudgetHindcast(emulator: AnnualSinkEmulator(table: Self.table, drivers: Self.drivers), years: 2000...2022)
        // scripts/carbon-budget-reference.py
        #expect(abs(hindcast.ocean.rmse - 0.161316132097) < 1e-6 && abs(hindcast.ocean.bias - -0.023121495928) < 1e-6)
        #expect(abs(hindcast.land.rmse - 0.460011812331) < 1e-6 && abs(hindcast.land.bias - 0.075056046011) < 1e-6)
        #expect(abs(hindcast.landResidual.rmse - 0.527547770485) < 1e-6 && abs(hindcast.landResidual.bias - -0.103312573626) < 1e-6)
        #expect(abs(hindcast.fossil.rmse - 0.233570347254) < 1e-6)
        // Issue 9 targets: ocean ≤ 0.3 GtC/yr, land ≤ 0.9 GtC/yr.
        #expect(hindcast.ocean.rmse <= 0.3 && hindcast.land.rmse <= 0.9)
    }

    @Test func latestYearsAreEstimatedFromTheWholeTable() throws {
        let emulator = AnnualSinkEmulator(table: Self.table, drivers: Self.drivers)
        let y2023 = try emulator.estimate(year: 2023, lastTableYear: 2022)
        #expect(abs(y2023.oceanSink.value - 2.954787048628) < 1e-6 && abs(y2023.oceanSink.sigma - 0.130057377564) < 1e-6)
        #expect(abs(y2023.landSink.value - 3.140584704369) < 1e-6 && abs(y2023.landSinkResidual.value - 2.262568629491) < 1e-6)
        #expect(abs(y2023.fossilEmissions.value - 10.021522491216) < 1e-6 && y2023.growthRatePPM == 2.71)
        #expect(y2023.trainingYears == 1993...2022)
        let y2025 = try emulator.estimate(year: 2025, lastTableYear: 2022)
        #expect(abs(y2025.oceanSink.value - 2.937501535897) < 1e-6 && abs(y2025.landSink.value - 3.993754314837) < 1e-6)
        #expect(throws: BudgetEstimateError.self) { try emulator.estimate(year: 2026, lastTableYear: 2022) }
    }
}
