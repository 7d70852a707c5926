import C4SCore
import Foundation

/// Where jobs find datasets and store machine facts: the catalog, the file locator and the user cache.
public struct JobEnvironment: Sendable {
    /// The dataset catalog.
    public let catalog: DatasetCatalog
    /// Resolves catalog files to paths.
    public let locator: DatasetLocator
    /// The user cache folder (machine limits, wisdom).
    public let cacheDirectory: URL

    /// Creates an environment.
    public init(catalog: DatasetCatalog, locator: DatasetLocator, cacheDirectory: URL) {
        self.catalog = catalog
        self.locator = locator
        self.cacheDirectory = cacheDirectory
    }

    /// The environment of this process: the repository's catalog (empty outside a checkout),
    /// the standard search path and the user cache.
    public static func current() -> JobEnvironment {
        JobEnvironment(
            catalog: (try? DatasetCatalog.current()) ?? DatasetCatalog(datasets: []),
            locator: .current(),
            cacheDirectory: UserCache.directory())
    }

    /// A catalog dataset resolved for reading: its entry, file paths and provenance reference.
    /// - Throws: `CatalogError` for an unknown id or a missing file.
    public func resolve(_ id: String) throws -> (entry: CatalogEntry, urls: [URL], reference: DatasetReference) {
        let entry = try catalog.entry(id)
        let urls = entry.isGenerated ? [] : try locator.urls(of: entry)
        return (entry, urls, DatasetReference(entry: entry))
    }
}
