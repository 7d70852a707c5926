import C4SMolecules

/// Per graded frame of the `unit-candidates` job: the file's time, temperature and potential
/// energy, and the largest grades over the frame's units, for the job's arrays.
struct CandidateSeries {
    private var trajectory: [Double] = []
    private var frame: [Double] = []
    private var time: [Double] = []
    private var temperature: [Double] = []
    private var potentialEnergy: [Double] = []
    private var descriptorGrade: [Double] = []
    private var energyGrade: [Double] = []
    private var worstUnit: [Double] = []

    /// Adds the frames `frames` (indices in the file) of one trajectory, whose candidates are
    /// `candidates` (frame by frame, `units` per frame, in unit order).
    /// - Precondition: `candidates.count == frames.count * units`.
    mutating func append(_ candidates: [UnitFrameCandidate], units: Int, frames: [Int], observables: TrajectoryFrames) {
        precondition(candidates.count == frames.count * units, "CandidateSeries.append: one candidate per unit and frame")
        for (k, f) in frames.enumerated() {
            let row = candidates[(k * units)..<((k + 1) * units)]
            let worst = row.max { $0.descriptorGrade < $1.descriptorGrade }!
            trajectory.append(Double(worst.trajectory))
            frame.append(Double(f))
            time.append(observables.times?[f] ?? .nan)
            temperature.append(observables.temperature?[f] ?? .nan)
            potentialEnergy.append(observables.potentialEnergy?[f] ?? .nan)
            descriptorGrade.append(worst.descriptorGrade)
            energyGrade.append(row.map(\.energyGrade).max()!)
            worstUnit.append(Double(worst.unit))
        }
    }

    /// The series as result arrays over the `frame` dimension.
    var arrays: [ResultArray] {
        let n = frame.count
        let array = { (name: String, values: [Double], unit: String, summary: String) in
            ResultArray(name: name, shape: [n], storage: .float64(values), unit: unit, summary: summary, dimensionNames: ["frame"])
        }
        return [
            array("trajectory", trajectory, "1", "index of the trajectory of each graded frame"),
            array("frame", frame, "1", "index of each graded frame in its file"),
            array("time", time, "ps", "time of each graded frame (NaN when the file has none)"),
            array("temperature", temperature, "K", "temperature recorded with each graded frame"),
            array("potential_energy", potentialEnergy, "kcal/mol", "potential energy recorded with each graded frame"),
            array("max_descriptor_grade", descriptorGrade, "1", "largest descriptor grade over the frame's units"),
            array("max_energy_grade", energyGrade, "1", "largest energy grade over the frame's units"),
            array("worst_unit", worstUnit, "1", "unit with the largest descriptor grade"),
        ]
    }
}
