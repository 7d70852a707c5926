import Foundation

/// OpenMM's table of PDB naming variants (`openmm/app/data/pdbNames.xml`): alternative residue names
/// (e.g. `HSD` for HIS, `NMA` for NME) and, per residue, alternative atom names (e.g. CHARMM's `HT1`
/// for `H`, `HB1` for `HB3`, `CD` for Ile's `CD1`), each mapped to the standard PDB name.
public struct PDBNames: Sendable {
    /// Standard residue name by alternative (and standard) name.
    private let residues: [String: String]
    /// Standard atom name by alternative name, per standard residue name; `Protein` holds the names
    /// shared by all amino acids, `All` those shared by every residue.
    private let atoms: [String: [String: String]]
    /// Standard residue names of amino-acid entries (`type="Protein"`).
    private let proteinResidues: Set<String>

    /// No variants: every name is its own standard name.
    public static let none = PDBNames(residues: [:], atoms: [:], proteinResidues: [])

    private init(residues: [String: String], atoms: [String: [String: String]], proteinResidues: Set<String>) {
        self.residues = residues
        self.atoms = atoms
        self.proteinResidues = proteinResidues
    }

    /// Reads OpenMM's pdbNames.xml. - Throws: `ForceFieldError` naming the file and line when malformed.
    public init(contentsOf url: URL) throws {
        var residues: [String: String] = [:], atoms: [String: [String: String]] = [:], protein = Set<String>()
        var current: String?
        for e in try XMLElementList.read(url) {
            let alternatives = e.attributes.filter { $0.key.hasPrefix("alt") }.map(\.value)
            switch (e.parent, e.name) {
            case ("Residues", "Residue"):
                guard let name = e.attributes["name"] else { throw ForceFieldError("\(url.path) line \(e.line): <Residue> needs a name") }
                current = name
                for alternative in [name] + alternatives { residues[alternative] = name }
                if e.attributes["type"] == "Protein" { protein.insert(name) }
            case ("Residue", "Atom"):
                guard let residue = current, let name = e.attributes["name"] else {
                    throw ForceFieldError("\(url.path) line \(e.line): <Atom> needs a name inside a <Residue>")
                }
                for alternative in alternatives { atoms[residue, default: [:]][alternative] = name }
            default:
                break
            }
        }
        self.init(residues: residues, atoms: atoms, proteinResidues: protein)
    }

    /// The standard name of residue `name` (itself when the table has no entry).
    public func standardResidueName(_ name: String) -> String {
        residues[name] ?? name
    }

    /// The standard name of atom `name` in a residue whose standard name is `residue`: the residue's
    /// own entry first, then the amino-acid entry for amino acids, then the entry for all residues;
    /// nil when no entry lists `name` as an alternative.
    public func standardAtomName(_ name: String, residue: String) -> String? {
        atoms[residue]?[name] ?? (proteinResidues.contains(residue) ? atoms["Protein"]?[name] : nil) ?? atoms["All"]?[name]
    }
}
