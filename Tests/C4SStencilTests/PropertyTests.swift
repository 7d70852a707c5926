import C4SCore
@testable import C4SStencil
import Testing

@Suite struct PropertyTests {
    /// Random kernels (rank, odd side, weights of both signs, some zero) on random sizes and boundaries.
    @Test func randomKernelsAndSizesAgreeWithTheReference() throws {
        var rng = SplitMix64(seed: 2026)
        for trial in 0..<24 {
            let rank = 1 + Int(rng.next() % 3)
            let side = [1, 3, 5][Int(rng.next() % (rank == 3 ? 2 : 3))]
            let count = (0..<rank).reduce(1) { c, _ in c * side }
            let weights = (0..<count).map { _ in rng.nextUnit() < 0.2 ? 0 : (rng.nextUnit() - 0.5) / Double(count) }
            let kernel = try StencilKernel(rank: rank, side: side, weights: weights)
            let dims = (0..<rank).map { _ in side + Int(rng.next() % UInt64(rank == 3 ? 6 : 20)) }
            let boundary: StencilBoundary = rng.nextUnit() < 0.5 ? .periodic : .dirichlet(rng.nextUnit())
            let p = try problem(kernel, dims: dims, boundary: boundary, steps: 1 + Int(rng.next() % 4),
                                threads: 1 + Int(rng.next() % 2), seed: UInt64(trial))
            for kind in [StencilEngineKind.vectorized, .lorastencil, .convstencil] {
                let diff = try relativeDifference(kind.engine(), p)
                #expect(diff < 1e-12, "trial \(trial) \(kind) rank \(rank) side \(side) dims \(dims) \(boundary): \(diff)")
            }
        }
    }

    /// Random kernels (random ring-constant 2-D boxes among them) under temporal blocking of random depth and scratch
    /// budget, on random sizes, boundaries and thread counts.
    @Test func randomTemporalBlockingAgreesWithTheReference() throws {
        var rng = SplitMix64(seed: 31)
        for trial in 0..<24 {
            let rank = 1 + Int(rng.next() % 3)
            let side = [3, 5, 7][Int(rng.next() % (rank == 3 ? 1 : 3))]
            let r = side / 2, count = (0..<rank).reduce(1) { c, _ in c * side }
            let rings = (0...r).map { _ in (rng.nextUnit() - 0.3) / Double(count) }
            let ringConstant = rank == 2 && trial % 2 == 0
            let weights = (0..<count).map { i in
                ringConstant ? rings[max(abs(i / side - r), abs(i % side - r))] : (rng.nextUnit() < 0.2 ? 0 : (rng.nextUnit() - 0.5) / Double(count))
            }
            let kernel = try StencilKernel(rank: rank, side: side, weights: weights)
            let dims = (0..<rank).map { _ in side + Int(rng.next() % UInt64(rank == 3 ? 8 : 30)) }
            let boundary: StencilBoundary = rng.nextUnit() < 0.5 ? .periodic : .dirichlet(rng.nextUnit())
            let depth = 1 + Int(rng.next() % 5), budget = [256, 4096, 1 << 20][Int(rng.next() % 3)]
            let p = try problem(kernel, dims: dims, boundary: boundary, steps: 1 + Int(rng.next() % 9),
                                threads: 1 + Int(rng.next() % 2), seed: UInt64(trial))
            let engines: [any StencilEngine] = [VectorizedStencilEngine(temporalBlock: depth, tileBytes: budget),
                                                LoRAStencilEngine(temporalBlock: depth, tileBytes: budget)]
            for engine in engines {
                let diff = try relativeDifference(engine, p)
                #expect(diff < 1e-12, "trial \(trial) \(engine) side \(side) dims \(dims) \(boundary) depth \(depth) budget \(budget): \(diff)")
            }
        }
    }

    @Test func fusedKernelEqualsRepeatedSteps() throws {
        let k = StencilShape.box2d9p.kernel
        #expect(k.fused(steps: 3).side == 7)
        let p1 = try problem(k, dims: [15, 15], boundary: .periodic, steps: 3, threads: 1)
        let p2 = try problem(k.fused(steps: 3), dims: [15, 15], boundary: .periodic, steps: 1, threads: 1)
        let a = try ReferenceStencilEngine().run(p1) { _ in }.grid.values
        let b = try ReferenceStencilEngine().run(p2) { _ in }.grid.values
        #expect(zip(a, b).map { abs($0 - $1) }.max()! < 1e-14)
    }
}
