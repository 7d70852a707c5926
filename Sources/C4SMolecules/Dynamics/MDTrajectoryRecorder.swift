import C4SIO
import Foundation

/// Writes MD states to an H5MD trajectory (positions, velocities, forces, time, step, and the
/// potential, kinetic and total energy and temperature as observables), flushing every
/// `flushEvery` frames so that a killed run keeps every frame up to the last flush readable.
///
/// Not thread-safe: record from one thread.
public final class MDTrajectoryRecorder {
    private let writer: H5MDTrajectoryWriter
    /// Frames between flushes.
    public let flushEvery: Int
    /// Frames written so far.
    public var frameCount: Int { writer.frameCount }

    /// Creates the file at `url` for `atoms`.
    /// - Throws: `MolecularFileError` when the file exists and `replacing` is false, `HDF5Error`.
    /// - Precondition: flushEvery ≥ 1.
    public init(creating url: URL, atoms: [AtomRecord], provenance: H5MDProvenance, replacing: Bool = false,
                flushEvery: Int = 10) throws {
        precondition(flushEvery >= 1, "MDTrajectoryRecorder: flushEvery must be at least 1")
        let contents = H5MDContents(velocities: true, forces: true, observables: H5MDObservable.allCases)
        writer = try H5MDTrajectoryWriter(creating: url, atoms: atoms, contents: contents, provenance: provenance,
                                          replacing: replacing)
        self.flushEvery = flushEvery
    }

    /// Appends `state` (time fs → ps, velocities Å/fs → Å/ps) with `observables`; flushes after
    /// every `flushEvery`-th frame. Throws the writer's errors.
    public func record(_ state: MDState, _ observables: MDObservables) throws {
        let flat = { (vectors: [SIMD3<Double>], scale: Double) in vectors.flatMap { [$0.x * scale, $0.y * scale, $0.z * scale] } }
        let frame = H5MDFrame(
            step: state.step, time: state.time / MDUnits.femtosecondsPerPicosecond,
            positions: flat(state.positions, 1), velocities: flat(state.velocities, MDUnits.femtosecondsPerPicosecond),
            forces: flat(state.forces, 1),
            observables: [.potentialEnergy: observables.potentialEnergy, .kineticEnergy: observables.kineticEnergy,
                          .totalEnergy: observables.totalEnergy, .temperature: observables.temperature])
        try writer.append(frame)
        if writer.frameCount % flushEvery == 0 { try writer.flush() }
    }

    /// Flushes and closes the file; every recorded frame is then on disk. Throws the writer's errors.
    public func finish() throws {
        try writer.close()
    }
}
