import C4SCore
import Foundation
import Testing

@Suite struct DatasetLocatorTests {
    static let repository = RepositoryLocator.root(from: URL(fileURLWithPath: #filePath))!

    @Test func searchOrderIsDataDirRepoMirrorCache() {
        let path = DataSearchPath.standard(
            repository: URL(fileURLWithPath: "/r/main"),
            environment: ["C4S_DATA_DIR": "/data", "XDG_CACHE_HOME": "/cache", "HOME": "/home/u"])
        #expect(path.roots.map(\.path) == ["/data", "/r/main/datasets", "/r/shared/datasets", "/cache/c4s"])
        let noXDG = DataSearchPath.standard(repository: nil, environment: ["HOME": "/home/u"])
        #expect(noXDG.roots.map(\.path) == ["/home/u/.cache/c4s"])
    }

    @Test func firstRootHoldingTheFileWins() throws {
        let override = try TemporaryDirectory()
        let catalog = try DatasetCatalog.load(from: Self.repository.appendingPathComponent("datasets/catalog.json"))
        let karate = try catalog.entry("karate")
        let mirror = SharedMirror.directory(repository: Self.repository)
        let locator = DatasetLocator(searchPath: DataSearchPath(roots: [override.url, mirror]))
        #expect(try locator.url(of: karate.files[0], in: karate).path == mirror.appendingPathComponent("matrices/karate.mtx").path)
        try FileManager.default.createDirectory(at: override.url.appendingPathComponent("matrices"), withIntermediateDirectories: true)
        try Data("copy".utf8).write(to: override.url.appendingPathComponent("matrices/karate.mtx"))
        #expect(try locator.url(of: karate.files[0], in: karate).path == override.url.appendingPathComponent("matrices/karate.mtx").path)
    }

    @Test func missingFileNamesEveryPlaceSearchedAndTheOrigin() throws {
        let a = try TemporaryDirectory(), b = try TemporaryDirectory()
        let entry = CatalogEntry(id: "demo", kind: .table, title: "demo",
                                 files: [DatasetFile(path: "x/demo.csv", bytes: 1, sha256: String(repeating: "0", count: 64))],
                                 origin: "https://example.org/demo")
        let locator = DatasetLocator(searchPath: DataSearchPath(roots: [a.url, b.url]))
        #expect {
            try locator.urls(of: entry)
        } throws: { error in
            let text = String(describing: error)
            return text.contains("file x/demo.csv not found") && text.contains(a.url.path) && text.contains(b.url.path)
                && text.contains("Download it from https://example.org/demo")
        }
    }

    @Test func verifierReportsOkMismatchAndMissing() throws {
        let catalog = try DatasetCatalog.load(from: Self.repository.appendingPathComponent("datasets/catalog.json"))
        let mirror = SharedMirror.directory(repository: Self.repository)
        let good = DatasetVerifier(locator: DatasetLocator(searchPath: DataSearchPath(roots: [mirror])))
        let entries = [try catalog.entry("karate"), try catalog.entry("west0067")]
        #expect(good.verify(entries).map(\.status) == [.ok, .ok])

        let tampered = try TemporaryDirectory()
        try FileManager.default.createDirectory(at: tampered.url.appendingPathComponent("matrices"), withIntermediateDirectories: true)
        var bytes = try Data(contentsOf: mirror.appendingPathComponent("matrices/karate.mtx"))
        bytes[bytes.count - 2] ^= 1
        try bytes.write(to: tampered.url.appendingPathComponent("matrices/karate.mtx"))
        try Data("short".utf8).write(to: tampered.url.appendingPathComponent("matrices/west0067.mtx"))
        let bad = DatasetVerifier(locator: DatasetLocator(searchPath: DataSearchPath(roots: [tampered.url])))
        let reports = bad.verify(entries + [try catalog.entry("LFAT5")])
        guard case .digestMismatch = reports[0].status else { Issue.record("expected a digest mismatch, got \(reports[0].status)"); return }
        #expect(reports[1].status == .sizeMismatch(expected: entries[1].files[0].bytes, found: 5))
        #expect(reports[2].status == .missing)
    }
}
