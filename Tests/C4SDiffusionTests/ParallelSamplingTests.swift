import Foundation
import Testing
import C4SLearn
@testable import C4SDiffusion

@Suite struct ParallelSamplingTests {
    /// Every chunk draws its own noise: no two of 600 samples in 60 chunks coincide (chunk streams
    /// seeded a generator increment apart used to repeat each other's rows shifted by one).
    @Test func chunksDrawIndependentSamples() {
        let model = DiffusionModel(schedule: NoiseSchedule(kind: .sigmoid, steps: 50, betaStart: 1e-4, betaEnd: 0.2),
                                   embedding: TimeEmbedding(frequencies: 2), standardization: Standardization(mean: [0, 0], scale: [1, 1]),
                                   width: 8, hiddenLayers: 1, seed: 3)
        let points = ParallelSampling(model: model, sampler: .dpmSolver, odeSteps: 1, solverSteps: 3, chunkRows: 10)
            .draw(count: 600, seed: 1, threads: 1, onChunk: { _, _ in }, isCancelled: { false })
        let distinct = Set(stride(from: 0, to: points.count, by: 2).map { SIMD2(points[$0], points[$0 + 1]) })
        #expect(distinct.count == 600)
    }
}
