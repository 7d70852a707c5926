import Foundation

/// Reads a structure or trajectory given as one or more files: a trajectory with a topology
/// (PSF + DCD, prmtop + mdcrd; DCD, H5MD or XYZ with a PDB whose atoms name them), or one
/// self-contained file (PDB, H5MD, XYZ). The pairing rules are those of MDAnalysis' `Universe(topology, trajectory)`.
public enum MolecularFileSet {
    /// Reads `urls` (any order).
    /// - Throws: `MolecularFileError` naming the files when none holds positions, a trajectory
    ///   needs a topology that is missing, or topology and trajectory disagree on the atom count.
    public static func read(_ urls: [URL]) throws -> MolecularFrames {
        let typed = urls.compactMap { url in MolecularFileKind(url).map { (url, $0) } }
        let names = urls.map(\.lastPathComponent).joined(separator: ", ")
        let trajectory = typed.first { [.dcd, .mdcrd].contains($0.1) } ?? typed.first { $0.1 == .h5md } ?? typed.first { $0.1 == .xyz }
        let topologyFile = typed.first { $0.1.isTopologyOnly } ?? typed.first { $0.1 == .pdb }
        guard let (url, kind) = trajectory else {
            guard let (pdb, kind) = topologyFile, kind == .pdb else {
                throw MolecularFileError(file: names, line: nil, message: "no file with positions; this workbench reads "
                                         + MolecularFileKind.allCases.map { ".\($0.rawValue)" }.joined(separator: ", ")
                                         + " (a .psf or .prmtop needs a trajectory)")
            }
            return try PDBFrameReader.read(from: pdb)
        }
        let topology = try topologyFile.map { file, kind in
            switch kind {
            case .psf: try PSFTopologyReader.read(from: file)
            case .prmtop: try AmberTopologyReader.read(from: file)
            default: try PDBFrameReader.read(from: file).topology
            }
        }
        switch kind {
        case .mdcrd:
            guard let topology else {
                throw MolecularFileError(file: url.path, line: nil, message: "an AMBER trajectory holds no atom count or names; open it with its topology (.prmtop, .psf or .pdb)")
            }
            return try AmberTrajectoryReader.read(from: url, topology: topology)
        case .dcd:
            guard let topology else {
                return try DCDTrajectoryReader.read(from: url)
            }
            return try DCDTrajectoryReader.read(from: url, topology: topology)
        default:
            let frames = kind == .h5md ? try H5MDFrameReader.read(from: url) : try XYZFrameReader.read(from: url)
            guard let topology else { return frames }
            guard topology.atoms.count == frames.atoms.count else {
                throw MolecularFileError(file: url.path, line: nil, message: "the trajectory has \(frames.atoms.count) atoms but the topology \(topology.source) has \(topology.atoms.count); pick the topology this trajectory was written with")
            }
            return frames.withTopology(topology)
        }
    }
}
