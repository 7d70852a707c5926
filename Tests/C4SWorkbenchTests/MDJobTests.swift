import C4SCore
import C4SIO
import C4SWorkbench
import Foundation
import Testing

/// The `md` job: a short ff14SB run of chignolin writes the H5MD trajectory it reports, the
/// time step is read with its unit, and an existing trajectory is not overwritten unasked.
@Suite struct MDJobTests {
    func environment() throws -> JobEnvironment {
        let repository = MMJobTests.repository
        return JobEnvironment(catalog: try DatasetCatalog.load(from: repository.appendingPathComponent("datasets/catalog.json")),
                              locator: DatasetLocator(searchPath: .standard(repository: repository, environment: [:])),
                              cacheDirectory: FileManager.default.temporaryDirectory)
    }

    @Test func chignolinRunWritesTheTrajectoryItReports() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("c4s-md-\(UUID().uuidString).h5")
        defer { try? FileManager.default.removeItem(at: url) }
        let job = try MDJob.descriptor.makeJob(
            arguments: ["structure": "chig", "steps": "20", "every": "5", "dt": "0.0005ps", "trajectory": url.path, "threads": "1"],
            environment: environment())
        let result = try JobHandle.start(job).wait()
        #expect(result.metric("steps")?.value == 20 && result.metric("frames")?.value == 5)
        #expect(result.metric("time_step")?.value == 0.5)
        let frames = try H5MDFrameReader.read(from: url)
        #expect(frames.frames.count == 5 && frames.atoms.count == 175)
        #expect(frames.times.map { abs($0.last! - 0.01) < 1e-12 } == true)
        let temperatures = try #require(result.arrays.first { $0.name == "temperature" })
        #expect(temperatures.shape == [5])
        #expect(result.samples.last?.observations["step"] == 20)

        let again = try MDJob.descriptor.makeJob(arguments: ["structure": "chig", "steps": "1", "trajectory": url.path],
                                                 environment: environment())
        #expect(throws: JobError.self) { try JobHandle.start(again).wait() }
    }

    @Test func timeStepNeedsAPositiveValueUpToFiveFemtoseconds() throws {
        for bad in ["0fs", "-1", "10fs", "half", "0.5ns"] {
            #expect(throws: JobError.self) {
                try MDJob.descriptor.makeJob(arguments: ["structure": "chig", "dt": bad], environment: environment())
            }
        }
    }
}
