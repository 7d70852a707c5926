import C4SCore
import C4SIO
import C4SWorkbench
import Foundation
import Testing

@Suite struct FieldSliceJobTests {
    static let repository = RepositoryLocator.root(from: URL(fileURLWithPath: #filePath))!

    func environment() throws -> JobEnvironment {
        JobEnvironment(catalog: try DatasetCatalog.load(from: Self.repository.appendingPathComponent("datasets/catalog.json")),
                       locator: DatasetLocator(searchPath: .standard(repository: Self.repository, environment: [:])),
                       cacheDirectory: FileManager.default.temporaryDirectory)
    }

    @Test func takahashiMapExportsWithCoordinatesAsDimensionScales() throws {
        let job = try FieldSliceJob.descriptor.makeJob(arguments: ["variable": "pCO2_sw", "time": "6"], environment: environment())
        let result = try JobHandle.start(job).wait()
        #expect(result.arrays.map(\.name) == ["pCO2_sw", "lat", "lon"])
        #expect(result.arrays[0].shape == [180, 360])
        let mean = try #require(result.metric("area_mean")).value
        #expect(mean > 330 && mean < 390, "July surface-ocean pCO2 around 360 µatm, got \(mean)")
        #expect(abs(result.metric("valid_fraction")!.value - 0.6) < 0.2)

        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-map-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: url) }
        let group = try ResultExporter().export(result, to: url, group: "map")
        let dump = try ResultExportTests.h5dump(["-A", "-g", "/\(group)/data", url.path])
        #expect(dump.contains("ATTRIBUTE \"DIMENSION_LIST\""))
        #expect(dump.contains("\"DIMENSION_SCALE\""))
        #expect(dump.contains("ATTRIBUTE \"units\"") && dump.contains("degrees_north"))
    }

    @Test func badSelectionsSayWhatIsValid() throws {
        let env = try environment()
        #expect {
            try JobHandle.start(FieldSliceJob.descriptor.makeJob(arguments: ["variable": "nope"], environment: env)).wait()
        } throws: { String(describing: $0).contains("has no map variable 'nope'; map variables: ") }
        #expect {
            try JobHandle.start(FieldSliceJob.descriptor.makeJob(arguments: ["time": "12"], environment: env)).wait()
        } throws: { String(describing: $0).contains("time step 12 is past the end of takahashi09") }
        #expect {
            try FieldSliceJob.descriptor.makeJob(arguments: ["dataset": "karate"], environment: env)
        } throws: { String(describing: $0).contains("dataset karate is a matrix, not a field") }
    }
}
