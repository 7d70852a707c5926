import C4SCore
import C4SIO
import C4SWorkbench
import Foundation
import Testing

/// The `mm` job: structure resolution, per-term energies against OpenMM 7.7's numbers for
/// chignolin, and the HDF5 export of energies and forces.
@Suite struct MMJobTests {
    static let repository = RepositoryLocator.root(from: URL(fileURLWithPath: #filePath))!

    func environment() throws -> JobEnvironment {
        JobEnvironment(catalog: try DatasetCatalog.load(from: Self.repository.appendingPathComponent("datasets/catalog.json")),
                       locator: DatasetLocator(searchPath: .standard(repository: Self.repository, environment: [:])),
                       cacheDirectory: FileManager.default.temporaryDirectory)
    }

    @Test func chignolinEnergiesMatchOpenMMAndExportWithForces() throws {
        let job = try MMJob.descriptor.makeJob(arguments: ["structure": "chig", "iterations": "2"], environment: environment())
        let result = try JobHandle.start(job).wait()
        #expect(result.datasets.map(\.id) == ["chignolin"])
        // OpenMM 7.7, ForceField('amber14/protein.ff14SB.xml'), NoCutoff, Reference platform, chig.pdb.
        let openMM = ["energy_bond": 26.269300303397774, "energy_angle": 82.6541628147474, "energy_proper_torsion": 131.07894575514155,
                      "energy_improper_torsion": 5.895740911077414, "energy_total": 47.75510328113461]
        for (name, expected) in openMM {
            let value = try #require(result.metric(name)).value
            #expect(abs(value - expected) <= 1e-6 * abs(expected), "\(name): \(value) vs OpenMM \(expected)")
        }
        #expect(result.samples.count == 2)

        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-mm-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: url) }
        let group = try ResultExporter().export(result, to: url, group: "mm")
        let forces = try ResultExportTests.h5dump(["-H", "-d", "/\(group)/data/forces", url.path])
        #expect(forces.contains("DATASPACE  SIMPLE { ( 175, 3 ) / ( 175, 3 ) }"), "\(forces)")
        let total = try ResultExportTests.h5dump(["-d", "/\(group)/metrics/energy_total", url.path])
        #expect(total.contains("47.755"), "\(total)")
    }

    @Test func unknownStructuresAndBadResiduesSayWhatIsValid() throws {
        let env = try environment()
        #expect {
            try MMJob.descriptor.makeJob(arguments: ["structure": "nope"], environment: env)
        } throws: { String(describing: $0).contains("molecule datasets: ") && String(describing: $0).contains("chignolin (chig)") }
        #expect {
            try JobHandle.start(MMJob.descriptor.makeJob(arguments: ["structure": "ace-cap"], environment: env)).wait()
        } throws: { String(describing: $0).contains("residue ALA 2") && String(describing: $0).contains("missing atoms") }
    }
}
