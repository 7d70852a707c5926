import Foundation

/// Why a structure cannot be cut into protein units; each case names the residue at fault.
public enum FragmentationError: Error, Equatable, CustomStringConvertible {
    /// The chain does not start with ACE or end with NME.
    case notCapped(residue: String, expected: String)
    /// A residue that is not an ff14SB amino acid (or a cap in the middle of the chain).
    case nonStandardResidue(residue: String)
    /// A residue lacks atoms (or has extra ones).
    case missingAtoms(residue: String, detail: String)
    /// An atom whose element is not one proteins are made of.
    case unknownElement(residue: String, atom: String, element: String)
    /// Two consecutive residues are not joined by a peptide bond.
    case chainBreak(residue: String, next: String, distance: Double)
    /// A CYX residue without a disulfide partner.
    case unpairedCystine(residue: String)
    /// A disulfide between residues i and i + 2, whose dipeptides share only the middle CA: the
    /// scheme has no unit for that overlap.
    case disulfideTwoApart(residue: String, partner: String)
    /// A unit whose electron count (atomic numbers minus charge) is odd: a hydrogen is missing or extra.
    case oddElectronCount(residue: String, unit: String, electrons: Int)

    public var description: String {
        switch self {
        case .notCapped(let r, let expected):
            "residue \(r): the chain is not capped (\(expected)); fragmentation needs one chain ACE … NME"
        case .nonStandardResidue(let r):
            "residue \(r): not a standard ff14SB amino acid (ALA … VAL, ASH, GLH, LYN, HID, HIE, HIP, CYX; name the histidine protonation state)"
        case .missingAtoms(let r, let detail):
            "residue \(r): \(detail)"
        case .unknownElement(let r, let atom, let element):
            "residue \(r): atom \(atom) has element '\(element)'; expected H, C, N, O, S or Se"
        case .chainBreak(let r, let next, let d):
            "residue \(r): no peptide bond to \(next) (C–N distance \(String(format: "%.2f", d)) Å, expected < 2 Å)"
        case .unpairedCystine(let r):
            "residue \(r): CYX without a disulfide partner (no other CYX SG within 2.5 Å); use CYS if it is free"
        case .disulfideTwoApart(let r, let partner):
            "residue \(r): its disulfide partner \(partner) is two residues away; their dipeptides overlap in the middle CA only, which no protein unit covers"
        case .oddElectronCount(let r, let unit, let electrons):
            "residue \(r): unit \(unit) has \(electrons) electrons (odd): a hydrogen is missing or extra"
        }
    }
}
