import C4SIO

/// Active learning for the ML unit potential: cuts every unit out of the frames of ML MD
/// trajectories, grades each against the training data (`MLExtrapolationGrade`), keeps the most
/// extrapolated ones per unit kind, and writes them, unlabelled, as a `UnitTrainingSet` for a
/// reference engine (xtb) to label.
public enum UnitCandidateHarvest {
    /// Every unit of every frame in `frames` (Å, one position per structure atom) of trajectory
    /// `trajectory` of the protein cut as `fragmentation`, graded by `grade`, frames in batches
    /// of 32, on `workers` threads.
    /// - Throws: `MLPotentialError` naming a unit with an element other than H, C, N, O, S.
    /// - Precondition: every frame has one position per structure atom.
    public static func candidates(fragmentation: ProteinFragmentation, frames: [[SIMD3<Double>]], trajectory: Int,
                                  grade: MLExtrapolationGrade, workers: Int) throws -> [UnitFrameCandidate] {
        var result: [UnitFrameCandidate] = []
        let kinds = fragmentation.units.map(\.kind)
        for start in stride(from: 0, to: frames.count, by: 32) {
            let range = start..<min(start + 32, frames.count)
            let geometries = range.flatMap { f in fragmentation.units.indices.map { fragmentation.geometry(ofUnit: $0, positions: frames[f]) } }
            let grades = try grade.grade(geometries, kinds: range.flatMap { _ in kinds }, workers: workers)
            for (k, geometry) in geometries.enumerated() {
                let unit = k % kinds.count
                result.append(UnitFrameCandidate(trajectory: trajectory, frame: range.lowerBound + k / kinds.count, unit: unit, kind: kinds[unit],
                                            geometry: geometry, energy: grades.energies[k], descriptorGrade: grades.descriptor[k],
                                            energyGrade: grades.energy[k]))
            }
        }
        return result
    }

    /// Per unit kind, at most `perKind` candidates with a score above `threshold` and no clash, the
    /// highest scores first, each at least `minimumGap` frames from every other one chosen of the same
    /// unit of the same trajectory (so one excursion does not fill the quota). Returned in the order
    /// (trajectory, frame, unit). - Precondition: perKind ≥ 1, minimumGap ≥ 1.
    public static func select(_ candidates: [UnitFrameCandidate], perKind: Int, minimumGap: Int, threshold: Double) -> [UnitFrameCandidate] {
        precondition(perKind >= 1 && minimumGap >= 1, "UnitCandidateHarvest.select: perKind >= 1 and minimumGap >= 1")
        var byKind: [Int: [UnitFrameCandidate]] = [:]
        for c in candidates where c.score > threshold { byKind[c.kind.code, default: []].append(c) }
        var chosen: [UnitFrameCandidate] = []
        for (_, list) in byKind {
            var taken: [UnitFrameCandidate] = []
            for c in list.sorted(by: { $0.score > $1.score }) where taken.count < perKind && !c.hasClash {
                let near = taken.contains { $0.trajectory == c.trajectory && $0.unit == c.unit && abs($0.frame - c.frame) < minimumGap }
                if !near { taken.append(c) }
            }
            chosen += taken
        }
        return chosen.sorted { ($0.trajectory, $0.frame, $0.unit) < ($1.trajectory, $1.frame, $1.unit) }
    }

    /// `chosen` (in (trajectory, frame, unit) order, as `select` returns them) as an unlabelled training
    /// set, and the candidates it holds in the set's order (kind by kind, conformation by conformation).
    /// Per kind, the atoms are those of `reference`'s set of that kind when at least one candidate has
    /// the same atoms and charge (so the candidates can join it), else those of the kind's first
    /// candidate (residues renumbered 1, 2, …); candidates whose atoms or charge differ are left out
    /// and counted. Energies and forces 0 (method `unlabelled`), split train, origin hot MD, candidate
    /// index 0, 1, … per kind; cystine pairs are left out.
    public static func unlabelledSet(_ chosen: [UnitFrameCandidate], reference: UnitTrainingSet?,
                                     generator: String) -> (set: UnitTrainingSet, held: [UnitFrameCandidate], unmatched: Int) {
        var byKind: [Int: [UnitFrameCandidate]] = [:]
        for c in chosen where c.kind != .cystinePair { byKind[c.kind.code, default: []].append(c) }
        var sets: [UnitConformationSet] = [], held: [UnitFrameCandidate] = [], unmatched = 0
        for code in byKind.keys.sorted() {
            let list = byKind[code]!
            let fits = { (atoms: [AtomRecord], charge: Int, c: UnitFrameCandidate) -> [Int]? in
                guard c.geometry.charge == charge else { return nil }
                return UnitSourceLibrary.order(of: UnitSourceLibrary.renumbered(c.geometry.atoms), matching: atoms)
            }
            var (atoms, charge) = (UnitSourceLibrary.renumbered(list[0].geometry.atoms), list[0].geometry.charge)
            if let known = reference?.set(of: list[0].kind), list.contains(where: { fits(known.atoms, known.charge, $0) != nil }) {
                (atoms, charge) = (known.atoms, known.charge)
            }
            var set = UnitConformationSet(kind: list[0].kind, atoms: atoms, charge: charge)
            for c in list {
                guard let order = fits(atoms, charge, c) else {
                    unmatched += 1
                    continue
                }
                set.append(positions: order.map { c.geometry.positions[$0] }, energy: 0, forces: Array(repeating: .zero, count: order.count),
                           split: .train, origin: .hotMD, candidateIndex: set.count)
                held.append(c)
            }
            sets.append(set)
        }
        return (UnitTrainingSet(sets: sets, method: unlabelledMethod, generator: generator), held, unmatched)
    }

    /// The `method` of an unlabelled candidate set.
    public static let unlabelledMethod = "unlabelled"
}
