import C4SCore
import C4SWorkbench
import Foundation
import Testing

@Suite struct AirSeaFluxJobTests {
    let environment = JobEnvironment.current()

    func run(_ arguments: [String: String]) throws -> JobResult {
        try JobHandle.start(AirSeaFluxJob.descriptor.makeJob(arguments: arguments, environment: environment)).wait()
    }

    @Test func oneMonthWithTheFileTransferVelocityReproducesCO2flux() throws {
        let r = try run(["month": "7", "parameterisation": "file-k"])
        #expect(r.datasets.map(\.id) == ["takahashi09"])
        #expect(r.samples.map(\.label) == ["month07"])
        #expect(try #require(r.metric("correlation")).value > 0.998)
        #expect(try #require(r.metric("rms_difference")).value < 0.1)
        let ours = try #require(r.metric("global_flux")).value, file = try #require(r.metric("file_global_flux")).value
        #expect(abs(ours / file - 1) < 0.03, "month 7 at an annual rate: \(ours) vs file \(file) Pg C/yr")
        let map = try #require(r.arrays.first)
        #expect(r.arrays.map(\.name) == ["flux_month07", "lat", "lon"])
        #expect(map.shape == [180, 360] && map.dimensionNames == ["lat", "lon"])
        #expect(r.arrays[1].storage == .float64((0..<180).map { 89.5 - Double($0) }))
        #expect(map.unit == "g C m-2 month-1")

        // The export attaches lat and lon as dimension scales of the map (netCDF-4 conventions).
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-airsea-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: url) }
        try ResultExporter().export(r, to: url, group: "flux")
        let dump = try ResultExportTests.h5dump(["-A", "-d", "/flux/data/flux_month07", url.path])
        #expect(dump.contains("DIMENSION_LIST") && dump.contains("/flux/data/lat") && dump.contains("/flux/data/lon"), "\(dump)")
        #expect(dump.contains("\"g C m-2 month-1\""))
    }

    @Test func allMonthsWithWanninkhof2014MatchThePublishedGlobalFlux() throws {
        let r = try run([:])
        #expect(r.samples.count == 12 && r.arrays.count == 14)
        #expect(r.samples.allSatisfy { $0.workUnits == 36229 && $0.observations["correlation"]! > 0.995 })
        let published = try #require(r.metric("published_global_flux")).value
        #expect(published == -1.4)
        let ours = try #require(r.metric("global_flux")).value
        #expect(abs(ours / published - 1) < 0.1, "\(ours) Pg C/yr")
        #expect(try #require(r.metric("cells_compared")).value == 12 * 36229)
        #expect(JobRegistry.standard.descriptors.contains { $0.id == "airsea-flux" })
    }

    @Test func aDatasetThatIsNotAMonthlyClimatologyIsRejected() {
        #expect(throws: JobError.self) { try AirSeaFluxJob.descriptor.makeJob(arguments: ["dataset": "onedeg-land"], environment: environment) }
        #expect(throws: ParameterError.self) { try AirSeaFluxJob.descriptor.makeJob(arguments: ["month": "13"], environment: environment) }
        #expect(throws: ParameterError.self) { try AirSeaFluxJob.descriptor.makeJob(arguments: ["parameterisation": "nightingale"], environment: environment) }
    }
}
