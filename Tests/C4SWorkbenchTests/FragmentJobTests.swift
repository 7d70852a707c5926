import C4SCore
import C4SWorkbench
import Foundation
import Testing

@Suite struct FragmentJobTests {
    static let repository = RepositoryLocator.root(from: URL(fileURLWithPath: #filePath))!

    func environment() throws -> JobEnvironment {
        JobEnvironment(catalog: try DatasetCatalog.load(from: Self.repository.appendingPathComponent("datasets/catalog.json")),
                       locator: DatasetLocator(searchPath: .standard(repository: Self.repository, environment: [:])),
                       cacheDirectory: FileManager.default.temporaryDirectory)
    }

    @Test func mmUnitsOfChignolinAssembleAndExportPerUnitResults() throws {
        let job = try FragmentJob.descriptor.makeJob(arguments: ["structure": "chignolin", "engine": "mm", "whole": "true"], environment: environment())
        let result = try JobHandle.start(job).wait()
        #expect(result.metric("units")?.value == 19 && result.metric("atoms")?.value == 175)
        let energy = try #require(result.metric("energy")).value
        let parts = result.metric("dipeptide_energy")!.value - result.metric("ace_nme_energy")!.value + result.metric("mm_nonbonded_energy")!.value
        #expect(abs(energy - parts) < 1e-9 * abs(energy))
        #expect(abs(result.metric("energy_difference_per_atom")!.value) < 0.5)
        #expect(result.arrays.first { $0.name == "units/energy" }?.shape == [19])
        #expect(result.arrays.first { $0.name == "forces" }?.shape == [175, 3])
        #expect(result.samples.count == 19)

        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-fragment-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: url) }
        let group = try ResultExporter().export(result, to: url, group: "fragment")
        let dump = try ResultExportTests.h5dump(["-H", "-g", "/\(group)/data/units", url.path])
        #expect(dump.contains("\"energy\"") && dump.contains("\"kind\"") && dump.contains("\"time\""))
    }

    @Test func structuresTheSchemeCannotCutAreRefusedNamingTheResidue() throws {
        let env = try environment()
        #expect {
            try FragmentJob.descriptor.makeJob(arguments: ["structure": "adk-open"], environment: env)
        } throws: { String(describing: $0).hasPrefix("residue MET 1: the chain is not capped") }
        #expect {
            try FragmentJob.descriptor.makeJob(arguments: ["structure": "no-such-protein"], environment: env)
        } throws: { String(describing: $0).contains("is neither a molecule dataset nor an existing PDB file; molecule datasets: ") }
    }
}
