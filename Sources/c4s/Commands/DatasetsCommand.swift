import ArgumentParser
import C4SCore
import C4SWorkbench
import Foundation

/// `c4s datasets list|show|verify`: the dataset catalog.
struct DatasetsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "datasets",
        abstract: "List, describe and verify the datasets of the catalog.",
        subcommands: [List.self, Show.self, Verify.self])

    /// Loads the catalog or fails with its message.
    static func catalog() throws -> DatasetCatalog {
        do { return try DatasetCatalog.current() } catch let error as CatalogError {
            throw CommandFailure(error.description)
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "One line per dataset: id, kind, size, where found.")

        @Option(help: "Only datasets of this kind (\(DatasetKind.allCases.map(\.rawValue).joined(separator: ", "))).")
        var kind: DatasetKind?

        func run() throws {
            let catalog = try DatasetsCommand.catalog()
            let locator = DatasetLocator.current()
            let entries = kind.map { catalog.entries(of: $0) } ?? catalog.datasets
            let width = entries.map(\.id.count).max() ?? 0
            for e in entries {
                let size = e.isGenerated ? "generated" : ByteCount.text(e.totalBytes)
                let status = e.isGenerated ? "" : ((try? locator.urls(of: e)) == nil ? "  (missing)" : "")
                print("\(e.id.padding(toLength: width, withPad: " ", startingAt: 0))  \(e.kind.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0))  \(size.padding(toLength: 10, withPad: " ", startingAt: 0))  \(e.title)\(status)")
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Everything the catalog knows of one dataset.")

        @Argument(help: "Dataset id (see `c4s datasets list`).")
        var id: String

        func run() throws {
            let catalog = try DatasetsCommand.catalog()
            let entry: CatalogEntry
            do { entry = try catalog.entry(id) } catch let error as CatalogError { throw CommandFailure(error.description) }
            print(DatasetDescription.text(entry, locator: .current()))
        }
    }

    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every file's size and SHA-256 against the catalog; exit 1 if any differs or is missing.")

        @Argument(help: "Dataset ids to verify (default: all).")
        var ids: [String] = []

        func run() throws {
            let catalog = try DatasetsCommand.catalog()
            let entries: [CatalogEntry]
            do { entries = ids.isEmpty ? catalog.datasets : try ids.map { try catalog.entry($0) } } catch let error as CatalogError {
                throw CommandFailure(error.description)
            }
            let verifier = DatasetVerifier(locator: .current())
            let width = entries.flatMap(\.files).map(\.path.count).max() ?? 0
            print("\("file".padding(toLength: width, withPad: " ", startingAt: 0))  \("size".padding(toLength: 9, withPad: " ", startingAt: 0))  status")
            let reports = verifier.verify(entries) { r in
                print("\(r.path.padding(toLength: width, withPad: " ", startingAt: 0))  \(ByteCount.text(r.bytes).padding(toLength: 9, withPad: " ", startingAt: 0))  \(r.status.summary)")
            }
            let bad = reports.filter { $0.status != .ok }
            print("\(reports.count - bad.count) of \(reports.count) files ok")
            if !bad.isEmpty {
                if bad.contains(where: { $0.status == .missing }) {
                    print("missing files are searched in: " + verifier.locator.searchPath.roots.map(\.path).joined(separator: ", "))
                }
                throw ExitCode(1)
            }
        }
    }
}

extension DatasetKind: ExpressibleByArgument {}
