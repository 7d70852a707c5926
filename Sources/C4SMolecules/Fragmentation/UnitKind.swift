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

extension UnitKind {
    /// A number for the kind, for numeric exports: 0 for ACE-NME, 1–20 for the dipeptides in
    /// `AminoAcid.allCases` order (ALA = 1 … VAL = 20), 21 for a cystine pair.
    public var code: Int {
        switch self {
        case .aceNme: 0
        case .dipeptide(let aminoAcid): AminoAcid.allCases.firstIndex(of: aminoAcid)! + 1
        case .cystinePair: 21
        }
    }

    /// The kind with number `code` (see `code`), or nil when out of range.
    public init?(code: Int) {
        switch code {
        case 0: self = .aceNme
        case 1...20: self = .dipeptide(AminoAcid.allCases[code - 1])
        case 21: self = .cystinePair
        default: return nil
        }
    }
}
