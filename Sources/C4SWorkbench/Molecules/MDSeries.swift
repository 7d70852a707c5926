import C4SMolecules

/// The observables of an MD run's recorded frames, for the job's metrics and arrays.
struct MDSeries {
    /// Time of each frame in ps.
    private(set) var times: [Double] = []
    /// Potential energy of each frame in kcal/mol.
    private(set) var potentialEnergies: [Double] = []
    /// Kinetic energy of each frame in kcal/mol.
    private(set) var kineticEnergies: [Double] = []
    /// Total energy of each frame in kcal/mol.
    private(set) var totalEnergies: [Double] = []
    /// Temperature of each frame in K.
    private(set) var temperatures: [Double] = []

    /// Adds the frame of `state`.
    mutating func append(_ state: MDState, _ observables: MDObservables) {
        times.append(state.time / MDUnits.femtosecondsPerPicosecond)
        potentialEnergies.append(observables.potentialEnergy)
        kineticEnergies.append(observables.kineticEnergy)
        totalEnergies.append(observables.totalEnergy)
        temperatures.append(observables.temperature)
    }

    /// The series as result arrays over the `frame` dimension.
    var arrays: [ResultArray] {
        let n = times.count
        let array = { (name: String, values: [Double], unit: String, summary: String) in
            ResultArray(name: name, shape: [n], storage: .float64(values), unit: unit, summary: summary, dimensionNames: ["frame"])
        }
        return [
            array("time", times, "ps", "simulated time of each recorded frame"),
            array("potential_energy", potentialEnergies, "kcal/mol", "potential energy of each recorded frame"),
            array("kinetic_energy", kineticEnergies, "kcal/mol", "kinetic energy of each recorded frame"),
            array("total_energy", totalEnergies, "kcal/mol", "total energy of each recorded frame"),
            array("temperature", temperatures, "K", "temperature of each recorded frame"),
        ]
    }
}
