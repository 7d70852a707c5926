/// What a protein unit is: one of AI²BMD's 21 kinds (an ACE-X-NME dipeptide for each of the 20
/// amino acids, or ACE-NME), or two cystine dipeptides merged through their disulfide bond.
public enum UnitKind: Sendable, Hashable {
    /// ACE-X-NME: amino acid X capped by acetyl and N-methylamide.
    case dipeptide(AminoAcid)
    /// ACE-NME (N-methylacetamide): the overlap of two neighbouring dipeptides.
    case aceNme
    /// Two ACE-CYX-NME dipeptides joined by their S–S bond, evaluated as one unit.
    case cystinePair

    /// A short label, e.g. `ACE-TYR-NME`, `ACE-NME`, `ACE-CYX-NME x2`.
    public var label: String {
        switch self {
        case .dipeptide(let aminoAcid): "ACE-\(aminoAcid.rawValue)-NME"
        case .aceNme: "ACE-NME"
        case .cystinePair: "ACE-CYX-NME x2"
        }
    }

    /// +1 for units whose energies are added (dipeptides, cystine pairs), −1 for ACE-NME units,
    /// whose energies are subtracted.
    public var sign: Double {
        self == .aceNme ? -1 : 1
    }
}
