/// One atom of a structure: names as the file gives them, and the topology fields of formats that
/// carry them (PSF, AMBER prmtop). Fields a format lacks keep their defaults.
public struct AtomRecord: Sendable, Equatable {
    /// Atom name (e.g. `CA`).
    public let name: String
    /// Residue name (e.g. `ALA`); empty when the file has none.
    public let residueName: String
    /// Residue number; 0 when the file has none.
    public let residueNumber: Int
    /// Chain identifier; empty when the file has none.
    public let chain: String
    /// Element symbol (e.g. `C`), from the element column or inferred from the atom name; `X` if unknown.
    public let element: String
    /// Residue insertion code (PDB column 27, or letters after a PSF residue number); empty when none.
    public let insertionCode: String
    /// Segment identifier (PSF segid, PDB columns 73-76); empty when none.
    public let segment: String
    /// Force-field atom type (e.g. `CT1`, or a CHARMM type number as text); empty when the file has none.
    public let atomType: String
    /// Partial charge in elementary charges (e); 0 when the file has none.
    public let charge: Double
    /// Mass in daltons (g/mol); 0 when the file has none.
    public let mass: Double

    /// Creates an atom record; topology fields default to "not given".
    public init(name: String, residueName: String, residueNumber: Int, chain: String, element: String,
                insertionCode: String = "", segment: String = "", atomType: String = "",
                charge: Double = 0, mass: Double = 0) {
        self.name = name
        self.residueName = residueName
        self.residueNumber = residueNumber
        self.chain = chain
        self.element = element
        self.insertionCode = insertionCode
        self.segment = segment
        self.atomType = atomType
        self.charge = charge
        self.mass = mass
    }
}
