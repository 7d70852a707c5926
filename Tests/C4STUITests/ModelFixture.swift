import C4SCore
@testable import C4STUI
import C4SWorkbench
import Foundation

/// A model over the repository's real catalog and registry, with fixed host facts and limits so
/// that rendered text is stable.
enum ModelFixture {
    static let repository = RepositoryLocator.root(from: URL(fileURLWithPath: #filePath))!

    static func model(limits: MachineLimits? = MachineLimits(triadOneCoreGBps: 12, triadAllCoresGBps: 24, dgemmGFLOPs: 100,
                                                              cores: 2, cpuModel: "test CPU", measuredAt: Date(timeIntervalSince1970: 0)),
                      state: UserState = UserState()) throws -> WorkbenchModel {
        let catalog = try DatasetCatalog.load(from: repository.appendingPathComponent("datasets/catalog.json"))
        let environment = JobEnvironment(catalog: catalog,
                                         locator: DatasetLocator(searchPath: .standard(repository: repository, environment: [:])),
                                         cacheDirectory: FileManager.default.temporaryDirectory)
        let host = HostInfo(hostname: "test", cpuModel: "test CPU", cores: 2, memoryBytes: 1 << 30, operatingSystem: "test")
        return WorkbenchModel(registry: .standard, environment: environment, host: host, limits: limits, state: state)
    }

    /// Feeds keys typed as text (each character one key).
    static func type(_ text: String, into model: WorkbenchModel) {
        for c in text { model.handle(.character(c)) }
    }

    /// Polls until no job runs (or 30 s pass).
    static func waitForRuns(_ model: WorkbenchModel) {
        let deadline = Date().addingTimeInterval(30)
        while model.isRunning && Date() < deadline {
            model.tick()
            Thread.sleep(forTimeInterval: 0.01)
        }
        model.tick()
    }
}
