import C4SIO

/// A validated capped protein chain ACE, amino acids…, NME: its residues by atom name, their
/// ff14SB variants, the bonds a unit boundary can cut and the disulfide pairs.
struct ProteinChain {
    /// Every residue's atoms by name, in chain order.
    let residues: [ResidueAtoms]
    /// The variant of each residue; nil for the ACE and NME caps.
    let variants: [ResidueVariant?]
    /// Covalent bonds (structure atom indices) at which unit boundaries can cut: N–CA, CA–C, CA–CB,
    /// N–CD of proline, the peptide bonds C–N and the disulfide bonds SG–SG.
    let cuttableBonds: [(Int, Int)]
    /// Residue-index pairs (a < b) of cystines joined by a disulfide bond.
    let disulfides: [(Int, Int)]

    /// Validates `structure` as one capped chain; throws naming the first residue at fault.
    init(_ structure: MolecularStructure) throws(FragmentationError) {
        let spans = structure.residues
        guard let first = spans.first, first.name == "ACE" else {
            throw .notCapped(residue: spans.first.map(ResidueAtoms.describe) ?? "(none)", expected: "the first residue must be ACE")
        }
        guard let last = spans.last, spans.count >= 3, last.name == "NME" else {
            throw .notCapped(residue: ResidueAtoms.describe(spans[spans.count - 1]), expected: "the last residue must be NME after at least one amino acid")
        }
        var residues: [ResidueAtoms] = []
        var variants: [ResidueVariant?] = []
        for (r, span) in spans.enumerated() {
            let atoms = try ResidueAtoms(span, atoms: structure.atoms)
            for i in span.atoms where ChemicalElement.atomicNumber(structure.atoms[i].element) == nil {
                throw .unknownElement(residue: atoms.description, atom: structure.atoms[i].name, element: structure.atoms[i].element)
            }
            let isCap = r == 0 || r == spans.count - 1
            let variant = isCap ? nil : ResidueVariant.named(span.name)
            guard isCap || variant != nil else { throw .nonStandardResidue(residue: atoms.description) }
            let expected = variant?.atomCount ?? 6
            guard span.atoms.count == expected else {
                throw .missingAtoms(residue: atoms.description, detail: "has \(span.atoms.count) atoms, a complete \(span.name) inside a chain has \(expected) (hydrogens included)")
            }
            residues.append(atoms)
            variants.append(variant)
        }
        var bonds: [(Int, Int)] = []
        for r in 1..<(residues.count - 1) {
            let res = residues[r], aminoAcid = variants[r]!.aminoAcid
            let n = try res.require("N"), ca = try res.require("CA"), c = try res.require("C")
            _ = try res.require("O")
            _ = try res.alphaHydrogens()
            if aminoAcid != .pro { _ = try res.require("H") }
            bonds += [(n, ca), (ca, c)]
            if aminoAcid != .gly { bonds.append((ca, try res.require("CB"))) }
            if aminoAcid == .pro { bonds.append((n, try res.require("CD"))) }
        }
        for r in 0..<(residues.count - 1) {
            let c = try residues[r].require("C"), n = try residues[r + 1].require("N")
            let d = Self.distance(structure.positions[c], structure.positions[n])
            guard d < 2 else { throw .chainBreak(residue: residues[r].description, next: residues[r + 1].description, distance: d) }
            bonds.append((c, n))
        }
        let disulfides = try Self.pairCystines(residues, variants: variants, positions: structure.positions)
        for (a, b) in disulfides { bonds.append((try residues[a].require("SG"), try residues[b].require("SG"))) }
        self.residues = residues
        self.variants = variants
        self.cuttableBonds = bonds
        self.disulfides = disulfides
    }

    /// Pairs every CYX with the CYX whose SG lies within 2.5 Å of its own.
    private static func pairCystines(_ residues: [ResidueAtoms], variants: [ResidueVariant?], positions: [SIMD3<Double>]) throws(FragmentationError) -> [(Int, Int)] {
        var sulfurs: [(residue: Int, atom: Int)] = []
        for r in residues.indices where variants[r]?.name == "CYX" { sulfurs.append((r, try residues[r].require("SG"))) }
        var pairs: [(Int, Int)] = []
        for a in sulfurs {
            let partners = sulfurs.filter { $0.residue != a.residue && distance(positions[a.atom], positions[$0.atom]) < 2.5 }
            guard partners.count == 1 else { throw .unpairedCystine(residue: residues[a.residue].description) }
            guard abs(partners[0].residue - a.residue) != 2 else {
                throw .disulfideTwoApart(residue: residues[a.residue].description, partner: residues[partners[0].residue].description)
            }
            if a.residue < partners[0].residue { pairs.append((a.residue, partners[0].residue)) }
        }
        return pairs
    }

    private static func distance(_ a: SIMD3<Double>, _ b: SIMD3<Double>) -> Double {
        let d = a - b
        return (d * d).sum().squareRoot()
    }
}
