import Foundation

/// Writes a whole trajectory as one H5MD 1.1 file atomically: through a temporary file renamed
/// into place (as every export of the workbench), so `url` holds either its old contents or the
/// complete new file. For long runs that must survive a crash use `H5MDTrajectoryWriter`.
public enum H5MDExport {
    /// Writes `frames` for `atoms`; every frame must match `contents` (see `H5MDFrame` for units).
    /// - Throws: `MolecularFileError` naming a frame that does not match; `HDF5Error`.
    public static func write(_ frames: [H5MDFrame], atoms: [AtomRecord], contents: H5MDContents = H5MDContents(),
                             provenance: H5MDProvenance, to url: URL) throws {
        try HDF5File.writeAtomically(to: url) { file in
            let layout = try H5MDTrajectoryLayout(in: file, atoms: atoms, contents: contents, provenance: provenance)
            try layout.append(frames, firstIndex: 0)
        }
    }

    /// Writes frames read from any format (positions, times, cells): steps are frame indices,
    /// times the file's times or, without them, the frame indices in ps.
    public static func write(_ trajectory: MolecularFrames, provenance: H5MDProvenance, to url: URL) throws {
        let frames = trajectory.frames.indices.map { i in
            H5MDFrame(step: i, time: trajectory.times?[i] ?? Double(i), positions: trajectory.frames[i], cell: trajectory.cells?[i])
        }
        try write(frames, atoms: trajectory.atoms, contents: H5MDContents(periodicBox: trajectory.cells != nil),
                  provenance: provenance, to: url)
    }
}
