import C4SCore
import C4SIO
import C4SMolecules
import Foundation

/// A structure named on the command line: a molecule dataset of the catalog by id (`chignolin`) or by
/// its file's name without extension (`chig`), or a path to a PDB file.
public struct MoleculeSource: Sendable {
    /// The PDB file.
    public let url: URL
    /// The catalog dataset, for provenance; nil for a file given by path.
    public let dataset: DatasetReference?

    /// Resolves `text`. - Throws: `JobError.failed` from `job` listing the molecule datasets when
    ///   `text` is none of the three forms, or when the file is not a PDB file.
    public init(_ text: String, environment: JobEnvironment, job: String) throws {
        let molecules = environment.catalog.entries(of: .molecule)
        let pdb = { (entry: CatalogEntry) in entry.files.first { $0.path.hasSuffix(".pdb") } }
        let stem = { (path: String) in ((path as NSString).lastPathComponent as NSString).deletingPathExtension }
        if let entry = molecules.first(where: { $0.id == text && pdb($0) != nil })
            ?? molecules.first(where: { entry in pdb(entry).map { stem($0.path) == text } ?? false }) {
            url = try environment.locator.url(of: pdb(entry)!, in: entry)
            dataset = DatasetReference(entry: entry)
        } else if FileManager.default.fileExists(atPath: text) {
            guard text.lowercased().hasSuffix(".pdb") else {
                throw JobError.failed(job: job, reason: "\(text): molecular mechanics needs residue and atom names; give a PDB file")
            }
            url = URL(fileURLWithPath: text)
            dataset = nil
        } else {
            let listed = molecules.filter { pdb($0) != nil }.map { "\($0.id) (\(stem(pdb($0)!.path)))" }
            throw JobError.failed(job: job, reason: "--structure \(text) is neither a molecule dataset nor an existing PDB file; molecule datasets: "
                                  + listed.joined(separator: ", "))
        }
    }

    /// Model `frame` (from 0) of the file. - Throws: the reader's error for a malformed file,
    /// `JobError.failed` for a frame past the end.
    public func structure(frame: Int, job: String) throws -> MolecularStructure {
        let frames = try PDBFrameReader.read(from: url)
        guard frame < frames.frames.count else {
            throw JobError.failed(job: job, reason: "--frame \(frame): \(url.lastPathComponent) has \(frames.frames.count) model(s), numbered from 0")
        }
        return MolecularStructure(frames: frames, frame: frame)
    }
}
