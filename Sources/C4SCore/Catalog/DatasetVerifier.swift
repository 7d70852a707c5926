import Foundation

/// Checks every file of catalog datasets against its recorded size and SHA-256.
public struct DatasetVerifier: Sendable {
    /// Outcome for one file.
    public enum Status: Sendable, Equatable {
        case ok
        case missing
        case sizeMismatch(expected: Int, found: Int)
        case digestMismatch(expected: String, found: String)

        /// One word or phrase for a table cell.
        public var summary: String {
            switch self {
            case .ok: "ok"
            case .missing: "MISSING"
            case .sizeMismatch(let e, let f): "SIZE \(f) != \(e)"
            case .digestMismatch: "SHA256 MISMATCH"
            }
        }
    }

    /// One verified file.
    public struct FileReport: Sendable, Equatable {
        /// Dataset id.
        public var dataset: String
        /// File path relative to the data root.
        public var path: String
        /// Size the catalog records, bytes.
        public var bytes: Int
        /// Outcome.
        public var status: Status
    }

    /// The locator used to find files.
    public let locator: DatasetLocator

    /// Creates a verifier.
    public init(locator: DatasetLocator) {
        self.locator = locator
    }

    /// Verifies all files of the given entries (generated entries have none), in order.
    /// - Parameter progress: called after each file with its report.
    public func verify(_ entries: [CatalogEntry], progress: (FileReport) -> Void = { _ in }) -> [FileReport] {
        var reports: [FileReport] = []
        for entry in entries {
            for file in entry.files {
                let report = verify(file, of: entry)
                progress(report)
                reports.append(report)
            }
        }
        return reports
    }

    private func verify(_ file: DatasetFile, of entry: CatalogEntry) -> FileReport {
        guard let url = try? locator.url(of: file, in: entry) else {
            return FileReport(dataset: entry.id, path: file.path, bytes: file.bytes, status: .missing)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? -1
        if size != file.bytes {
            return FileReport(dataset: entry.id, path: file.path, bytes: file.bytes,
                              status: .sizeMismatch(expected: file.bytes, found: size))
        }
        let digest = (try? SHA256.hex(ofFileAt: url)) ?? ""
        let status: Status = digest == file.sha256 ? .ok : .digestMismatch(expected: file.sha256, found: digest)
        return FileReport(dataset: entry.id, path: file.path, bytes: file.bytes, status: status)
    }
}
