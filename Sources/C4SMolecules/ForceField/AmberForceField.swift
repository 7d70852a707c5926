import Foundation

/// An AMBER-style force field read from OpenMM's ForceField XML format: atom types, residue
/// templates, harmonic bonds and angles, proper and improper periodic torsions, and Lennard-Jones
/// plus Coulomb non-bonded terms with scaled 1-4 interactions.
///
/// All parameters are stored in the workbench's units: Å, kcal/mol, radians, elementary charges
/// (the XML's nm and kJ/mol are converted on reading). Reading ff14SB takes tens of milliseconds:
/// load it once and share the value.
public struct AmberForceField: Sendable {
    /// The file the force field was read from.
    public let source: String
    /// Atom types by name.
    public let atomTypes: [String: AtomType]
    /// Residue templates by name (e.g. `ALA`, `NALA`, `CALA`, `ACE`, `NME`, `HID`, `CYX`).
    public let templates: [String: ResidueTemplate]
    /// Harmonic bond definitions, in file order.
    public let bondTypes: [BondType]
    /// Harmonic angle definitions, in file order.
    public let angleTypes: [AngleType]
    /// Proper torsion definitions, in file order.
    public let properTorsions: [TorsionType]
    /// Improper torsion definitions, in file order; the first type is the central atom.
    public let improperTorsions: [TorsionType]
    /// How atoms of impropers matched through wildcards are ordered.
    public let improperOrdering: ImproperOrdering
    /// Factor on the Coulomb energy of 1-4 pairs (ff14SB: 1/1.2).
    public let coulomb14Scale: Double
    /// Factor on the Lennard-Jones energy of 1-4 pairs (ff14SB: 1/2).
    public let lennardJones14Scale: Double
    /// Lennard-Jones parameters by atom type name.
    public let lennardJones: [String: LennardJonesType]
    /// Charges by atom type name when the non-bonded section gives them per type; empty when charges
    /// come from the residue templates (`UseAttributeFromResidue name="charge"`).
    public let typeCharges: [String: Double]
    /// PDB naming variants accepted when matching residues to templates: OpenMM's `pdbNames.xml`
    /// when it lies in the parent folder of the force-field file (as in OpenMM's data folder),
    /// otherwise `PDBNames.none`.
    public let pdbNames: PDBNames

    /// AMBER ff14SB for proteins (Maier et al. 2015, J. Chem. Theory Comput. 11, 3696), read from
    /// OpenMM's `amber14/protein.ff14SB.xml`: the file named by `$C4S_FF14SB`, otherwise the copy of
    /// Debian's `python3-simtk` package in the Python package directories.
    ///
    /// Residue templates: the 20 amino acids with protonation variants (ASH, GLH, LYN, CYM, CYX,
    /// HID/HIE/HIP, HYP), their N-terminal (`N` + name) and C-terminal (`C` + name) forms, and the
    /// caps `ACE` (atoms `HH31`, `CH3`, `HH32`, `HH33`, `C`, `O`) and `NME` (atoms `N`, `H`, `CH3`,
    /// `HH31`, `HH32`, `HH33`); `MMSystem` also accepts the PDB naming variants of OpenMM's
    /// `pdbNames.xml` (e.g. CHARMM names) and the usual variants of cap names.
    /// - Throws: `ForceFieldError` when the file is not found (`make setup` installs it) or cannot be read.
    public static func ff14SB() throws -> AmberForceField {
        try AmberForceField(contentsOf: ForceFieldLocation.ff14SB())
    }

    /// Reads a force field from an OpenMM ForceField XML file.
    /// - Throws: `ForceFieldError` naming the file and line of a malformed or unsupported element.
    public init(contentsOf url: URL) throws {
        let elements = try XMLElementList.read(url)
        var reader = ForceFieldXMLReader(file: url.path)
        try reader.read(elements)
        source = url.path
        atomTypes = reader.atomTypes
        templates = reader.templates
        bondTypes = reader.bondTypes
        angleTypes = reader.angleTypes
        properTorsions = reader.properTorsions
        improperTorsions = reader.improperTorsions
        improperOrdering = reader.improperOrdering
        coulomb14Scale = reader.coulomb14Scale
        lennardJones14Scale = reader.lennardJones14Scale
        lennardJones = reader.lennardJones
        typeCharges = reader.chargesFromResidues ? [:] : reader.typeCharges
        let names = url.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("pdbNames.xml")
        pdbNames = FileManager.default.fileExists(atPath: names.path) ? try PDBNames(contentsOf: names) : .none
    }
}
