/// One protein unit of a fragmented structure: a set of the structure's atoms plus the hydrogens
/// that cap its cut bonds, with the net charge it carries.
///
/// The unit's own atom order, used by every unit engine, is `members` (structure order) followed
/// by `caps`.
public struct ProteinUnit: Sendable, Equatable {
    /// Which kind of unit this is.
    public let kind: UnitKind
    /// Indices in the structure's residue list of the residues the unit is about: the central
    /// residue of a dipeptide, both cystines of a pair, the two residues whose peptide bond an
    /// ACE-NME unit holds.
    public let residues: [Int]
    /// Indices in the structure of the atoms the unit holds, ascending.
    public let members: [Int]
    /// The added hydrogens, in the unit's atom order after `members`.
    public let caps: [CapHydrogen]
    /// Net charge in elementary charges (formal charges of the ionisable residues it holds whole).
    public let charge: Int

    /// Creates a unit. - Precondition: `members` ascending and non-empty.
    public init(kind: UnitKind, residues: [Int], members: [Int], caps: [CapHydrogen], charge: Int) {
        precondition(!members.isEmpty && zip(members, members.dropFirst()).allSatisfy { $0 < $1 },
                     "ProteinUnit: members ascending and non-empty")
        self.kind = kind
        self.residues = residues
        self.members = members
        self.caps = caps
        self.charge = charge
    }

    /// Number of atoms of the unit, added hydrogens included.
    public var atomCount: Int { members.count + caps.count }

    /// Positions in ångström of the unit's atoms (members, then caps) for structure positions
    /// `positions` (ångström, indexed like the structure's atoms).
    public func positions(from positions: [SIMD3<Double>]) -> [SIMD3<Double>] {
        members.map { positions[$0] } + caps.map { $0.position(in: positions) }
    }
}
