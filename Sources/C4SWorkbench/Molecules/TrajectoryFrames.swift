import C4SIO

/// An MD trajectory file's frames as position vectors, with the per-frame series `c4s md` records
/// (temperature, potential energy) when the file has one value per frame.
struct TrajectoryFrames {
    /// The file as read.
    let file: MolecularFrames
    /// Positions of each frame in Å.
    let positions: [[SIMD3<Double>]]
    /// Time of each frame in ps, or nil.
    let times: [Double]?
    /// Temperature of each frame in K, or nil.
    let temperature: [Double]?
    /// Potential energy of each frame in kcal/mol, or nil.
    let potentialEnergy: [Double]?

    /// The frames of `file`.
    init(_ file: MolecularFrames) {
        self.file = file
        positions = file.frames.map { flat in stride(from: 0, to: flat.count, by: 3).map { SIMD3(flat[$0], flat[$0 + 1], flat[$0 + 2]) } }
        times = file.times
        let series = { (name: String) in file.observables.first { $0.name == name && $0.values.count == file.frames.count }?.values }
        temperature = series(H5MDObservable.temperature.rawValue)
        potentialEnergy = series(H5MDObservable.potentialEnergy.rawValue)
    }
}
