import Foundation

/// The molecular file formats the workbench reads, told by file name extension.
public enum MolecularFileKind: String, Sendable, CaseIterable {
    /// Protein Data Bank coordinates (`.pdb`, `.ent`): topology and one frame per model.
    case pdb
    /// CHARMM/X-PLOR protein structure file (`.psf`): topology only.
    case psf
    /// CHARMM/NAMD binary trajectory (`.dcd`): positions only.
    case dcd
    /// H5MD trajectory (`.h5md`, or `.h5` with a `/h5md` group).
    case h5md
    /// XYZ coordinates (`.xyz`): element and positions per frame.
    case xyz
    /// AMBER parameter/topology file (`.prmtop`, `.parm7`): topology only.
    case prmtop
    /// AMBER ASCII trajectory (`.mdcrd`, `.crd`, `.trj`, also bzip2-compressed as `.bz2`): positions only.
    case mdcrd

    /// The kind of `url` by its extension (before a `.bz2`); nil when it names no molecular format.
    public init?(_ url: URL) {
        let compressed = url.pathExtension.lowercased() == "bz2"
        let plain = compressed ? url.deletingPathExtension() : url
        switch plain.pathExtension.lowercased() {
        case "pdb", "ent": self = .pdb
        case "psf": self = .psf
        case "dcd": self = .dcd
        case "h5md": self = .h5md
        case "xyz": self = .xyz
        case "prmtop", "parm7": self = .prmtop
        case "mdcrd", "crd", "trj": self = .mdcrd
        default: return nil
        }
        if compressed, self != .mdcrd { return nil }
    }

    /// True for formats that carry atom names and residues but no positions.
    public var isTopologyOnly: Bool { self == .psf || self == .prmtop }
}
