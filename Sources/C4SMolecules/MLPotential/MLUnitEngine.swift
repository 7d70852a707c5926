import C4SCore
import Foundation
import Synchronization

/// The machine-learned potential as a unit engine (`--engine ml`): no process is spawned; all
/// geometries of a call are evaluated together, every element's atoms of every geometry through one
/// GEMM per network layer, descriptors and forces split over `workers` threads, workspaces reused
/// across calls.
public struct MLUnitEngine: UnitEngine {
    public let name = "ml"
    /// The potential.
    public let potential: MLUnitPotential
    /// Threads for descriptors and forces.
    public let workers: Int
    private let pool = BatchPool()

    /// An engine for `potential` on `workers` threads (≥ 1).
    public init(potential: MLUnitPotential, workers: Int) {
        self.potential = potential
        self.workers = max(1, workers)
    }

    /// An engine for the potential in `url` (an `MLUnitPotential` file).
    /// - Throws: the errors of `MLUnitPotential(reading:)`.
    public init(contentsOf url: URL, workers: Int) throws {
        self.init(potential: try MLUnitPotential(reading: url), workers: workers)
    }

    /// Energies (kcal/mol) and forces (kcal/mol/Å) of every geometry, in order; `progress` is told once,
    /// when all are done (they are evaluated together). `seconds` of each result is the batch's time
    /// divided evenly over its geometries.
    /// - Throws: `MLPotentialError` naming the geometry and atom when an element is not H, C, N, O or S;
    ///   the error of `progress`.
    public func evaluate(_ geometries: [UnitGeometry], progress: @escaping @Sendable (Int) throws -> Void) throws -> [UnitEvaluation] {
        guard !geometries.isEmpty else { return [] }
        let start = ContinuousClock.now
        let species = try geometries.map { try MLPotentialError.species(of: $0.elements, in: $0.label) }
        let batch = pool.take() ?? MLBatch(potential: potential)
        defer { pool.give(batch) }
        batch.load(species: species)
        batch.describe(positions: geometries.map(\.positions), jacobians: true, workers: workers)
        batch.forward()
        batch.inputGradients()
        nonisolated(unsafe) var forces = [[SIMD3<Double>]](repeating: [], count: geometries.count)
        forces.withUnsafeMutableBufferPointer { out in
            nonisolated(unsafe) let out = out
            ParallelFor.chunks(count: geometries.count, workers: workers) { _, range in
                for s in range { out[s] = batch.forces(of: s) }
            }
        }
        let share = WallClock.seconds(since: start) / Double(geometries.count)
        let results = geometries.indices.map { UnitEvaluation(energy: batch.energy(of: $0), forces: forces[$0], seconds: share) }
        try progress(geometries.count)
        return results
    }
}

/// Idle workspaces of an engine, so concurrent calls each get one and later calls reuse them.
private final class BatchPool: Sendable {
    private let idle = Mutex<[MLBatch]>([])

    func take() -> MLBatch? { idle.withLock { $0.popLast() } }
    func give(_ batch: MLBatch) { idle.withLock { $0.append(batch) } }
}
