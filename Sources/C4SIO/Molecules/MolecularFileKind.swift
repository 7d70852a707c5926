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

    /// The kind of `url` by its extension; nil when the extension names no molecular format.
    public init?(_ url: URL) {
        switch url.pathExtension.lowercased() {
        case "pdb", "ent": self = .pdb
        case "psf": self = .psf
        case "dcd": self = .dcd
        case "h5md": self = .h5md
        case "xyz": self = .xyz
        default: return nil
        }
    }

    /// True for formats that carry atom names and residues but no positions.
    public var isTopologyOnly: Bool { self == .psf }
}
