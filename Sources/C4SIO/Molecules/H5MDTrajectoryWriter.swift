import Foundation

/// Streams an MD trajectory into an H5MD 1.1 file (layout in `H5MDTrajectoryLayout`): create it,
/// `append` frames one at a time or in batches, `flush` whenever the frames so far must survive a
/// crash, `close` at the end.
///
/// After `flush()` returns, the file on disk is a complete, readable H5MD file holding every frame
/// appended so far: a run killed afterwards (SIGKILL, power loss after the OS wrote its cache)
/// leaves those frames readable by h5py, MDAnalysis and `H5MDFrameReader`. Frames appended after
/// the last flush may be lost. Flushing writes HDF5 metadata; once every 10-100 frames is cheap.
///
/// Not thread-safe: use one writer from one thread (HDF5 calls are serialized process-wide anyway).
public final class H5MDTrajectoryWriter {
    private let file: HDF5File
    private let layout: H5MDTrajectoryLayout
    /// Frames appended so far.
    public private(set) var frameCount = 0

    /// Creates the file at `url` for `atoms` (names, residues and elements are stored under
    /// `/parameters/c4s/atoms`), recording `contents` in every frame.
    /// - Throws: `MolecularFileError` when a file exists at `url` and `replacing` is false;
    ///   `HDF5Error` when it cannot be created.
    public init(creating url: URL, atoms: [AtomRecord], contents: H5MDContents = H5MDContents(),
                provenance: H5MDProvenance, replacing: Bool = false) throws {
        if !replacing, FileManager.default.fileExists(atPath: url.path) {
            throw MolecularFileError(file: url.path, line: nil, message: "the file exists; choose another name or pass replacing: true")
        }
        file = try HDF5File.create(at: url)
        do {
            layout = try H5MDTrajectoryLayout(in: file, atoms: atoms, contents: contents, provenance: provenance)
            try file.flush()
        } catch {
            try? file.close()
            throw error
        }
    }

    /// Appends frames (positions in Å, velocities Å/ps, forces kcal/(mol·Å), time ps).
    /// - Throws: `MolecularFileError` naming the first frame that does not match the atom count or
    ///   the contents declared at creation (then nothing of the batch is written); `HDF5Error`.
    public func append(_ frames: [H5MDFrame]) throws {
        try layout.append(frames, firstIndex: frameCount)
        frameCount += frames.count
    }

    /// Appends one frame; see `append(_:)` for units and errors.
    public func append(_ frame: H5MDFrame) throws {
        try append([frame])
    }

    /// Writes every appended frame and the file's metadata to the operating system, so that the
    /// file on disk is complete up to here.
    public func flush() throws {
        try file.flush()
    }

    /// Flushes and closes the file; later calls throw. Closing twice does nothing.
    public func close() throws {
        try file.close()
    }
}
