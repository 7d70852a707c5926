import C4SCore
import Foundation
import Testing

@Suite struct CatalogTests {
    static let repository = RepositoryLocator.root(from: URL(fileURLWithPath: #filePath))!

    func catalog() throws -> DatasetCatalog {
        try DatasetCatalog.load(from: Self.repository.appendingPathComponent("datasets/catalog.json"))
    }

    @Test func everyMirroredFileHasAnEntryWithItsSize() throws {
        let mirror = SharedMirror.directory(repository: Self.repository)
        let files = try #require(FileManager.default.enumerator(at: mirror, includingPropertiesForKeys: [.isRegularFileKey]))
        var onDisk: [String: Int] = [:]
        for case let url as URL in files where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            let relative = String(url.standardizedFileURL.path.dropFirst(mirror.standardizedFileURL.path.count + 1))
            if relative != "README.md" { onDisk[relative] = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int }
        }
        let catalog = try catalog()
        let listed = Dictionary(uniqueKeysWithValues: catalog.datasets.flatMap(\.files).map { ($0.path, $0.bytes) })
        #expect(onDisk.count >= 75)
        #expect(listed == onDisk)
    }

    @Test func entriesAreCompleteAndWellFormed() throws {
        let catalog = try catalog()
        for e in catalog.datasets {
            #expect(!e.title.isEmpty, "\(e.id) has no title")
            if e.isGenerated {
                #expect(e.files.isEmpty, "\(e.id): generated entries have no files")
            } else {
                #expect(e.origin != nil && e.licence != nil && e.citation != nil, "\(e.id) lacks provenance")
                for f in e.files { #expect(f.sha256.count == 64 && f.sha256.allSatisfy(\.isHexDigit), "\(f.path)") }
            }
            if e.kind == .field { #expect(!(e.variables ?? []).isEmpty, "\(e.id): fields list their variables") }
        }
        let takahashi = try catalog.entry("takahashi09")
        #expect(takahashi.files.count == 12)
        #expect(takahashi.variables?.first { $0.name == "pCO2_sw" }?.units == "uatm (micro atmospheres)")
        #expect(Set(catalog.datasets.compactMap(\.generator?.name)) == ["stencil-grid", "poisson2d", "poisson3d", "rmat"])
    }

    @Test func unknownIDSuggestsTheClosest() throws {
        let catalog = try catalog()
        #expect(try catalog.entry("BCSSTK13").id == "bcsstk13")
        #expect {
            try catalog.entry("bcstk13")
        } throws: { error in
            let text = String(describing: error)
            return text.contains("no dataset 'bcstk13'") && text.contains("did you mean bcsstk13")
        }
    }

    @Test func duplicateIDsAndBadJSONAreRejectedWithTheFileName() throws {
        let dir = try TemporaryDirectory()
        let file = dir.url.appendingPathComponent("catalog.json")
        try Data(#"{"version":1,"datasets":[{"id":"a","kind":"grid","title":"x","files":[]},{"id":"a","kind":"grid","title":"y","files":[]}]}"#.utf8).write(to: file)
        #expect(throws: CatalogError.duplicateID(file: file.path, id: "a")) { try DatasetCatalog.load(from: file) }
        try Data(#"{"version":1,"datasets":[{"id":"a","kind":"nonsense","title":"x","files":[]}]}"#.utf8).write(to: file)
        #expect {
            try DatasetCatalog.load(from: file)
        } throws: { String(describing: $0).hasPrefix(file.path + ": not a valid catalog") }
    }
}
