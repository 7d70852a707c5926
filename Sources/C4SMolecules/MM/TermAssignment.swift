/// Gives the bonds, angles and torsions of a bond graph their force-field parameters, following
/// OpenMM's `ForceField.createSystem` rules: bonds and angles take the first matching definition;
/// propers the first definition without wildcards, else the first with; impropers the last
/// definition without wildcards, else the first with, their atoms ordered by the force field's
/// improper ordering and remembered per type signature. Terms with k = 0 are dropped.
struct TermAssignment {
    let forceField: AmberForceField
    /// Atom type name of each atom.
    let types: [String]
    /// Residue index of each atom (AMBER improper ordering).
    let residueOfAtom: [Int]
    /// Template atom index of each atom (AMBER improper ordering).
    let templateAtom: [Int]
    /// Atom names for error messages, e.g. `CA (TYR 2)`.
    let describe: (Int) -> String

    /// The bond parameters. - Throws: `ForceFieldError` naming the atoms when none matches.
    func bonds(_ pairs: [(Int, Int)]) throws -> [HarmonicBond] {
        try pairs.map { a, b in
            guard let t = forceField.bondTypes.first(where: { $0.matches(types[a], types[b]) }) else {
                throw ForceFieldError("no \(forceField.source) bond parameters for \(describe(a))–\(describe(b)) (types \(types[a]), \(types[b]))")
            }
            return HarmonicBond(a: a, b: b, length: t.length, k: t.k)
        }
    }

    /// The angle parameters. - Throws: `ForceFieldError` naming the atoms when none matches.
    func angles(_ triples: [[Int]]) throws -> [HarmonicAngle] {
        try triples.map { x in
            guard let t = forceField.angleTypes.first(where: { $0.matches(types[x[0]], types[x[1]], types[x[2]]) }) else {
                throw ForceFieldError("no \(forceField.source) angle parameters for \(x.map(describe).joined(separator: "–")) (types \(x.map { types[$0] }.joined(separator: ", ")))")
            }
            return HarmonicAngle(a: x[0], b: x[1], c: x[2], angle: t.angle, k: t.k)
        }
    }

    /// The proper torsion terms of the given quadruples (those without a definition have none).
    func propers(_ quadruples: [[Int]]) -> [PeriodicTorsion] {
        var cache: [[String]: TorsionType?] = [:]
        var result: [PeriodicTorsion] = []
        for q in quadruples {
            let sig = q.map { types[$0] }
            let definition: TorsionType?
            if let cached = cache[sig] {
                definition = cached
            } else {
                definition = properDefinition(sig)
                cache[sig] = definition
                cache[sig.reversed()] = definition
            }
            guard let definition else { continue }
            result += definition.terms.filter { $0.k != 0 }.map {
                PeriodicTorsion(a: q[0], b: q[1], c: q[2], d: q[3], periodicity: $0.periodicity, phase: $0.phase, k: $0.k)
            }
        }
        return result
    }

    private func properDefinition(_ t: [String]) -> TorsionType? {
        var match: TorsionType?
        for d in forceField.properTorsions {
            let p = d.types
            let forward = p[0].matches(t[0]) && p[1].matches(t[1]) && p[2].matches(t[2]) && p[3].matches(t[3])
            let backward = p[0].matches(t[3]) && p[1].matches(t[2]) && p[2].matches(t[1]) && p[3].matches(t[0])
            guard forward || backward else { continue }
            if !d.hasWildcard { return d }
            if match == nil { match = d }
        }
        return match
    }

    /// The improper torsion terms of the candidates (center first, then three neighbours).
    func impropers(_ candidates: [[Int]]) -> [PeriodicTorsion] {
        var cache: [[String]: (order: [Int], definition: TorsionType)?] = [:]
        var result: [PeriodicTorsion] = []
        for torsion in candidates {
            let sig = torsion.map { types[$0] }
            let match: (atoms: [Int], definition: TorsionType)?
            if let cached = cache[sig] {
                match = cached.map { (atoms: $0.order.map { torsion[$0] }, definition: $0.definition) }
            } else {
                match = improperMatch(torsion)
                cache[sig] = match.map { m in (order: m.atoms.map { torsion.firstIndex(of: $0)! }, definition: m.definition) }
            }
            guard let (atoms, definition) = match else { continue }
            result += definition.terms.filter { $0.k != 0 }.map {
                PeriodicTorsion(a: atoms[0], b: atoms[1], c: atoms[2], d: atoms[3], periodicity: $0.periodicity, phase: $0.phase, k: $0.k)
            }
        }
        return result
    }

    /// The permutations of the three neighbour positions, in `itertools.permutations` order.
    private static let permutations = [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]

    private func improperMatch(_ torsion: [Int]) -> (atoms: [Int], definition: TorsionType)? {
        var match: (atoms: [Int], definition: TorsionType)?
        for d in forceField.improperTorsions {
            if match != nil && d.hasWildcard { continue }
            guard d.types[0].matches(types[torsion[0]]) else { continue }
            for p in Self.permutations where (0..<3).allSatisfy({ d.types[$0 + 1].matches(types[torsion[p[$0]]]) }) {
                let outer = p.map { torsion[$0] }
                let ordered = switch forceField.improperOrdering {
                case .default: defaultOrder(outer, center: torsion[0])
                case .amber: amberOrder(outer, center: torsion[0], wildcard: d.hasWildcard)
                }
                match = (ordered, d)
                break
            }
        }
        return match
    }

    /// OpenMM's default: the first two outer atoms ordered (same element: by index; otherwise a
    /// non-carbon goes second if the other is carbon or heavier), then the center, then the third.
    private func defaultOrder(_ outer: [Int], center: Int) -> [Int] {
        var (a1, a2) = (outer[0], outer[1])
        let e1 = element(a1), e2 = element(a2)
        if e1.symbol == e2.symbol && a1 > a2 {
            swap(&a1, &a2)
        } else if e1.symbol != "C" && (e2.symbol == "C" || e1.mass < e2.mass) {
            swap(&a1, &a2)
        }
        return [a1, a2, center, outer[2]]
    }

    /// AMBER's rule: among outer atoms of equal type (definitions without wildcards) or equal
    /// element (with wildcards), the one of lower (residue, template atom) comes first.
    private func amberOrder(_ outer: [Int], center: Int, wildcard: Bool) -> [Int] {
        var (a2, a3, a4) = (outer[0], outer[1], outer[2])
        let same: (Int, Int) -> Bool = wildcard ? { element($0).symbol == element($1).symbol } : { types[$0] == types[$1] }
        let after: (Int, Int) -> Bool = { (residueOfAtom[$0], templateAtom[$0]) > (residueOfAtom[$1], templateAtom[$1]) }
        if same(a2, a4) && after(a2, a4) { swap(&a2, &a4) }
        if same(a3, a4) && after(a3, a4) { swap(&a3, &a4) }
        if (wildcard || same(a2, a3)) && after(a2, a3) { swap(&a2, &a3) }
        return [a2, a3, center, a4]
    }

    private func element(_ atom: Int) -> (symbol: String, mass: Double) {
        let t = forceField.atomTypes[types[atom]]!
        return (t.element, t.mass)
    }
}
