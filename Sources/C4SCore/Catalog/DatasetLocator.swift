import Foundation

/// Resolves catalog files to paths on this machine, searching the data roots in order.
public struct DatasetLocator: Sendable {
    /// The folders searched, in order.
    public let searchPath: DataSearchPath

    /// Creates a locator over a search path.
    public init(searchPath: DataSearchPath) {
        self.searchPath = searchPath
    }

    /// The locator for this process (`DataSearchPath.standard` of the current repository).
    public static func current() -> DatasetLocator {
        DatasetLocator(searchPath: .standard(repository: RepositoryLocator.current()))
    }

    /// The first existing copy of `file` under the search roots.
    /// - Throws: `CatalogError.missingFile` naming every folder searched and the download origin.
    public func url(of file: DatasetFile, in entry: CatalogEntry) throws -> URL {
        for root in searchPath.roots {
            let candidate = root.appendingPathComponent(file.path)
            if FileManager.default.isReadableFile(atPath: candidate.path) { return candidate }
        }
        throw CatalogError.missingFile(
            path: file.path, dataset: entry.id,
            searched: searchPath.roots.map(\.path),
            origin: file.url ?? entry.origin)
    }

    /// All files of a dataset, resolved in file order.
    /// - Throws: `CatalogError.generated` for generated datasets, `.missingFile` for the first missing file.
    public func urls(of entry: CatalogEntry) throws -> [URL] {
        guard !entry.isGenerated else { throw CatalogError.generated(dataset: entry.id) }
        return try entry.files.map { try url(of: $0, in: entry) }
    }
}
