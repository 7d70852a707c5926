import C4SCore
import C4SIO
import C4SWorkbench
import Foundation
import Testing

@Suite struct CarbonBudgetJobTests {
    let environment = JobEnvironment.current()

    func run(_ arguments: [String: String]) throws -> JobResult {
        try JobHandle.start(CarbonBudgetJob.descriptor.makeJob(arguments: arguments, environment: environment)).wait()
    }

    @Test func hindcastAndLatestYearsWithEveryIdentityHolding() throws {
        let r = try run(["hindcast": "true"])
        #expect(r.datasets.map(\.id) == ["gcb2023", "noaa-co2-mm-mlo", "noaa-co2-gr-gl", "ersstv5"])
        #expect(r.samples.map(\.label) == ["identities", "hindcast", "2023", "2024", "2025"])
        #expect(try #require(r.metric("identity_failures")).value == 0)
        // The same numbers as scripts/carbon-budget-reference.py (see C4SCarbonTests.GlobalBudgetTests).
        #expect(abs(try #require(r.metric("hindcast_ocean_rmse")).value - 0.161316132097) < 1e-6)
        #expect(abs(try #require(r.metric("hindcast_land_rmse")).value - 0.460011812331) < 1e-6)
        #expect(abs(try #require(r.metric("ocean_sink_2023")).value - 2.954787048628) < 1e-6)
        let year = try #require(r.arrays.first)
        #expect(year.name == "year" && year.storage == .int64((1959...2025).map(Int64.init)))
        #expect(r.arrays.allSatisfy { $0.shape == [67] && $0.dimensionNames == ["year"] })
    }

    @Test func csvExportHasOneRowPerYearAndIsAtomic() throws {
        let r = try run(["latest": "true"])
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-budget-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("budget.csv")
        try ResultCSVExporter.export(r, dimension: "year", to: url)
        let table = try CSVReader.read(url: url, options: .strict)
        #expect(table.rowCount == 67 && table.header.first == "year" && table.header.contains("estimate_ocean_sink [GtC/yr]"))
        let ocean = try table.strings(column: "estimate_ocean_sink [GtC/yr]")
        #expect(ocean[63].isEmpty && abs(Double(ocean[64])! - 2.954787048628) < 1e-6)      // 2022 none, 2023 estimated
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["budget.csv"])   // no temporary left
        // A failed export (no array along the dimension) leaves the file as it was.
        let before = try Data(contentsOf: url)
        #expect(throws: ExportError.self) { try ResultCSVExporter.export(r, dimension: "month", to: url) }
        #expect(try Data(contentsOf: url) == before)
    }

    @Test func hdf5ExportMakesYearADimensionScale() throws {
        let r = try run(["latest": "false"])
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-budget-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: url) }
        try ResultExporter().export(r, to: url, group: "budget")
        let dump = try ResultExportTests.h5dump(["-A", "-d", "/budget/data/gcb_ocean_sink", url.path])
        #expect(dump.contains("DIMENSION_LIST") && dump.contains("/budget/data/year"), "\(dump)")
    }
}
