/// The 20 amino acids that AI²BMD protein units are built from, recognised from the AMBER
/// residue names of ff14SB (protonation variants included).
public enum AminoAcid: String, Sendable, CaseIterable, Codable {
    case ala = "ALA", arg = "ARG", asn = "ASN", asp = "ASP", cys = "CYS"
    case gln = "GLN", glu = "GLU", gly = "GLY", his = "HIS", ile = "ILE"
    case leu = "LEU", lys = "LYS", met = "MET", phe = "PHE", pro = "PRO"
    case ser = "SER", thr = "THR", trp = "TRP", tyr = "TYR", val = "VAL"
}

/// One ff14SB residue name: which amino acid it is, its formal charge in elementary charges and
/// how many atoms (hydrogens included) a complete residue inside a chain has.
public struct ResidueVariant: Sendable, Equatable {
    /// The AMBER residue name (e.g. `HIE`, `CYX`, `ASH`).
    public let name: String
    /// The amino acid it is a form of.
    public let aminoAcid: AminoAcid
    /// Formal charge in elementary charges: −1 for ASP and GLU, +1 for LYS, ARG and HIP, else 0.
    public let formalCharge: Int
    /// Number of atoms of the complete residue inside a chain (no terminal atoms), hydrogens included.
    public let atomCount: Int

    /// The variant named `name`, or nil when it is not a standard ff14SB amino-acid residue name.
    /// `HIS` is not accepted: its protonation state must be named (`HID`, `HIE` or `HIP`).
    public static func named(_ name: String) -> ResidueVariant? { table[name] }

    private init(_ name: String, _ aminoAcid: AminoAcid, charge: Int, atoms: Int) {
        self.name = name
        self.aminoAcid = aminoAcid
        self.formalCharge = charge
        self.atomCount = atoms
    }

    private static let table: [String: ResidueVariant] = Dictionary(uniqueKeysWithValues: [
        ResidueVariant("ALA", .ala, charge: 0, atoms: 10), ResidueVariant("ARG", .arg, charge: 1, atoms: 24),
        ResidueVariant("ASN", .asn, charge: 0, atoms: 14), ResidueVariant("ASP", .asp, charge: -1, atoms: 12),
        ResidueVariant("ASH", .asp, charge: 0, atoms: 13), ResidueVariant("CYS", .cys, charge: 0, atoms: 11),
        ResidueVariant("CYX", .cys, charge: 0, atoms: 10), ResidueVariant("GLN", .gln, charge: 0, atoms: 17),
        ResidueVariant("GLU", .glu, charge: -1, atoms: 15), ResidueVariant("GLH", .glu, charge: 0, atoms: 16),
        ResidueVariant("GLY", .gly, charge: 0, atoms: 7), ResidueVariant("HID", .his, charge: 0, atoms: 17),
        ResidueVariant("HIE", .his, charge: 0, atoms: 17), ResidueVariant("HIP", .his, charge: 1, atoms: 18),
        ResidueVariant("ILE", .ile, charge: 0, atoms: 19), ResidueVariant("LEU", .leu, charge: 0, atoms: 19),
        ResidueVariant("LYS", .lys, charge: 1, atoms: 22), ResidueVariant("LYN", .lys, charge: 0, atoms: 21),
        ResidueVariant("MET", .met, charge: 0, atoms: 17), ResidueVariant("PHE", .phe, charge: 0, atoms: 20),
        ResidueVariant("PRO", .pro, charge: 0, atoms: 14), ResidueVariant("SER", .ser, charge: 0, atoms: 11),
        ResidueVariant("THR", .thr, charge: 0, atoms: 14), ResidueVariant("TRP", .trp, charge: 0, atoms: 24),
        ResidueVariant("TYR", .tyr, charge: 0, atoms: 21), ResidueVariant("VAL", .val, charge: 0, atoms: 16),
    ].map { ($0.name, $0) })
}
