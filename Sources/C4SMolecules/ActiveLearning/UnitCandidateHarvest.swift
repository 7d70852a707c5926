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
                                  grade: MLExtrapolationGrade, workers: Int) throws -> [UnitCandidate] {
        var result: [UnitCandidate] = []
        let kinds = fragmentation.units.map(\.kind)
        for start in stride(from: 0, to: frames.count, by: 32) {
            let range = start..<min(start + 32, frames.count)
            let geometries = range.flatMap { f in fragmentation.units.indices.map { fragmentation.geometry(ofUnit: $0, positions: frames[f]) } }
            let grades = try grade.grade(geometries, kinds: range.flatMap { _ in kinds }, workers: workers)
            for (k, geometry) in geometries.enumerated() {
                let unit = k % kinds.count
                result.append(UnitCandidate(trajectory: trajectory, frame: range.lowerBound + k / kinds.count, unit: unit, kind: kinds[unit],
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
    public static func select(_ candidates: [UnitCandidate], perKind: Int, minimumGap: Int, threshold: Double) -> [UnitCandidate] {
        precondition(perKind >= 1 && minimumGap >= 1, "UnitCandidateHarvest.select: perKind >= 1 and minimumGap >= 1")
        var byKind: [Int: [UnitCandidate]] = [:]
        for c in candidates where c.score > threshold { byKind[c.kind.code, default: []].append(c) }
        var chosen: [UnitCandidate] = []
        for (_, list) in byKind {
            var taken: [UnitCandidate] = []
            for c in list.sorted(by: { $0.score > $1.score }) where taken.count < perKind && !c.hasClash {
                let near = taken.contains { $0.trajectory == c.trajectory && $0.unit == c.unit && abs($0.frame - c.frame) < minimumGap }
                if !near { taken.append(c) }
            }
            chosen += taken
        }
        return chosen.sorted { ($0.trajectory, $0.frame, $0.unit) < ($1.trajectory, $1.frame, $1.unit) }
    }

    /// The candidate index stored for `c`: (trajectory × 100 000 + frame) × 1000 + unit, so a
    /// conformation can be traced back to its trajectory, frame and unit.
    /// - Precondition: frame < 100 000, unit < 1000, trajectory < 21 (the index fits in int32).
    public static func candidateIndex(of c: UnitCandidate) -> Int {
        precondition(c.frame < 100_000 && c.unit < 1000 && c.trajectory < 21, "UnitCandidateHarvest.candidateIndex: trajectory, frame or unit too large")
        return (c.trajectory * 100_000 + c.frame) * 1000 + c.unit
    }

    /// `chosen` (in (trajectory, frame, unit) order, as `select` returns them) as an unlabelled training
    /// set: per kind, the atoms of `reference`'s set of that kind when it has one (so the candidates can
    /// join it), else those of the kind's first candidate (residues renumbered 1, 2, …); candidates whose
    /// atoms or charge do not match are left out and counted. Energies and forces are 0 (method
    /// `unlabelled`), split train, origin hot MD, candidate index from `candidateIndex(of:)`.
    public static func unlabelledSet(_ chosen: [UnitCandidate], reference: UnitTrainingSet?, generator: String) -> (set: UnitTrainingSet, unmatched: Int) {
        var sets: [Int: UnitConformationSet] = [:], unmatched = 0
        for c in chosen {
            let code = c.kind.code
            if sets[code] == nil {
                let atoms = reference?.set(of: c.kind)?.atoms ?? UnitSourceLibrary.renumbered(c.geometry.atoms)
                let charge = reference?.set(of: c.kind)?.charge ?? c.geometry.charge
                sets[code] = UnitConformationSet(kind: c.kind, atoms: atoms, charge: charge)
            }
            guard let order = UnitSourceLibrary.order(of: UnitSourceLibrary.renumbered(c.geometry.atoms), matching: sets[code]!.atoms),
                  c.geometry.charge == sets[code]!.charge else {
                unmatched += 1
                continue
            }
            sets[code]!.append(positions: order.map { c.geometry.positions[$0] }, energy: 0,
                               forces: Array(repeating: .zero, count: order.count), split: .train, origin: .hotMD,
                               candidateIndex: candidateIndex(of: c))
        }
        let set = UnitTrainingSet(sets: sets.values.filter { $0.count > 0 }, method: unlabelledMethod, generator: generator)
        return (set, unmatched)
    }

    /// The `method` of an unlabelled candidate set.
    public static let unlabelledMethod = "unlabelled"
}
