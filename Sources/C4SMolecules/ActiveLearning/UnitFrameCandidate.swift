/// One protein unit cut out of one frame of an MD trajectory, with the ML potential's energy and
/// how far the unit lies outside the potential's training data (`MLExtrapolationGrade`): a candidate
/// conformation for active learning.
public struct UnitFrameCandidate: Sendable {
    /// Index of the trajectory among those harvested.
    public let trajectory: Int
    /// Frame of the trajectory, from 0.
    public let frame: Int
    /// Index of the unit in the protein's fragmentation.
    public let unit: Int
    /// The unit's kind.
    public let kind: UnitKind
    /// The unit's atoms (members, then cap hydrogens) at the frame, positions in Å.
    public let geometry: UnitGeometry
    /// ML energy of the unit in kcal/mol.
    public let energy: Double
    /// Descriptor grade (feature scales beyond the training range; 0 inside).
    public let descriptorGrade: Double
    /// Energy grade (training energy standard deviations beyond the kind's range; 0 inside).
    public let energyGrade: Double

    /// Creates a candidate.
    public init(trajectory: Int, frame: Int, unit: Int, kind: UnitKind, geometry: UnitGeometry, energy: Double,
                descriptorGrade: Double, energyGrade: Double) {
        self.trajectory = trajectory
        self.frame = frame
        self.unit = unit
        self.kind = kind
        self.geometry = geometry
        self.energy = energy
        self.descriptorGrade = descriptorGrade
        self.energyGrade = energyGrade
    }

    /// descriptor grade + energy grade: 0 for a unit inside the training data in both respects.
    public var score: Double { descriptorGrade + energyGrade }

    /// True when two atoms are closer than 0.7 Å (one of them a hydrogen) or 1.0 Å (two heavy atoms):
    /// a geometry too broken to be worth labelling (the training-data generator's clash rule).
    public var hasClash: Bool {
        let p = geometry.positions, hydrogen = geometry.atoms.map { $0.element == "H" }
        for i in p.indices {
            for j in (i + 1)..<p.count {
                let d = p[j] - p[i], limit = hydrogen[i] || hydrogen[j] ? 0.7 : 1.0
                if (d * d).sum() < limit * limit { return true }
            }
        }
        return false
    }
}
