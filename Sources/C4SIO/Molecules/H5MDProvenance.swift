/// Who and what wrote an H5MD file (the `/h5md/author` and `/h5md/creator` groups).
public struct H5MDProvenance: Sendable, Equatable {
    /// The author's name (`/h5md/author@name`).
    public var author: String
    /// The program (`/h5md/creator@name`), e.g. `c4s`.
    public var program: String
    /// The program's version (`/h5md/creator@version`).
    public var programVersion: String

    /// Creates provenance.
    public init(author: String, program: String, programVersion: String) {
        self.author = author
        self.program = program
        self.programVersion = programVersion
    }
}
