/// One file of a catalog dataset, as mirrored: its path relative to a data root, its size and digest.
public struct DatasetFile: Codable, Sendable, Equatable {
    /// Path relative to a data root, with `/` separators (e.g. `matrices/bcsstk13.mtx`).
    public var path: String
    /// Size in bytes.
    public var bytes: Int
    /// SHA-256 of the content, 64 lower-case hex digits.
    public var sha256: String
    /// Where this single file can be downloaded from, when the origin serves files one by one.
    public var url: String?

    /// Creates a file record.
    public init(path: String, bytes: Int, sha256: String, url: String? = nil) {
        self.path = path
        self.bytes = bytes
        self.sha256 = sha256
        self.url = url
    }
}
