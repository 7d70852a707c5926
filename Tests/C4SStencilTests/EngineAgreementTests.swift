import C4SCore
@testable import C4SStencil
import Testing

@Suite struct EngineAgreementTests {
    static let engines: [StencilEngineKind] = [.vectorized, .lorastencil, .convstencil]
    static let boundaries: [StencilBoundary] = [.periodic, .dirichlet(0.5)]

    @Test(arguments: StencilShape.allCases)
    func everyEngineMatchesTheReference(shape: StencilShape) throws {
        for kind in Self.engines {
            for boundary in Self.boundaries {
                for (steps, threads) in [(1, 1), (4, 2), (5, 1)] {
                    let p = try problem(shape.kernel, dims: oddDims(rank: shape.rank), boundary: boundary, steps: steps, threads: threads)
                    let diff = try relativeDifference(kind.engine(), p)
                    #expect(diff < 1e-12, "\(kind) \(shape) \(boundary) steps \(steps) threads \(threads): \(diff)")
                }
            }
        }
    }

    @Test func enginesAgreeOnLargerGridsAndLongLines() throws {
        // Long 1-D lines are split into pieces; 2-D blocks of lines span several blocks of work.
        for (shape, dims) in [(StencilShape.heat1d, [70_001]), (.box2d9p, [40, 1_030])] {
            for kind in Self.engines {
                let p = try problem(shape.kernel, dims: dims, boundary: .periodic, steps: 3, threads: 2)
                let diff = try relativeDifference(kind.engine(), p)
                #expect(diff < 1e-12, "\(kind) \(shape): \(diff)")
            }
        }
    }

    @Test func convStencilFusesStepsWithPeriodicBoundariesOnly() throws {
        let periodic = try problem(StencilShape.heat2d.kernel, dims: [16, 16], boundary: .periodic, steps: 7, threads: 1)
        #expect(ConvStencilEngine().effectiveFusion(for: periodic) == 3)
        let outcome = try ConvStencilEngine().run(periodic) { _ in }
        #expect(outcome.facts["fusion"] == 3 && outcome.facts["fused_side"] == 7 && outcome.sweeps == 3)
        #expect(try relativeDifference(ConvStencilEngine(fusion: 2), periodic) < 1e-12)
        let dirichlet = try problem(StencilShape.heat2d.kernel, dims: [16, 16], boundary: .dirichlet(0), steps: 7, threads: 1)
        #expect(ConvStencilEngine(fusion: 3).effectiveFusion(for: dirichlet) == 1)
    }

    @Test func cBaselineMatchesTheReference() throws {
        for shape in [StencilShape.heat2d, .heat3d, .p1d5] {
            let p = try problem(shape.kernel, dims: oddDims(rank: shape.rank), boundary: .dirichlet(1), steps: 3, threads: 2)
            #expect(try relativeDifference(CBaselineStencilEngine(), p) < 1e-12)
        }
    }

    @Test func progressReportsEveryStepAndCancellationStopsTheRun() throws {
        struct Stop: Error {}
        let p = try problem(StencilShape.heat2d.kernel, dims: [16, 16], boundary: .periodic, steps: 6, threads: 1)
        for kind in StencilEngineKind.allCases {
            var reports: [StencilProgress] = []
            _ = try kind.engine(fusion: 1).run(p) { reports.append($0) }
            #expect(reports.map(\.stepsDone) == Array(1...6), "\(kind)")
            var calls = 0
            #expect(throws: Stop.self) {
                _ = try kind.engine(fusion: 1).run(p) { _ in calls += 1; if calls == 2 { throw Stop() } }
            }
            #expect(calls == 2)
        }
    }
}

@Suite struct TemporalBlockingTests {
    /// Tiny scratch budgets force one-line 3-D tiles, many 1-D chunks, several segments per sweep (2 threads),
    /// ghost planes and lines that wrap, and last tiles that are shorter; odd sizes, both boundaries.
    @Test func smallTemporalTilesMatchTheReference() throws {
        for shape in [StencilShape.heat1d, .p1d5, .heat2d, .star2d13p, .box2d25p, .box2d49p, .heat3d, .box3d27p] {
            let dims = [[301], [41, 23], [19, 9, 10]][shape.rank - 1]
            for boundary in [StencilBoundary.periodic, .dirichlet(0.25)] {
                for (depth, steps, threads) in [(2, 5, 2), (3, 7, 1), (4, 4, 2)] {
                    let p = try problem(shape.kernel, dims: dims, boundary: boundary, steps: steps, threads: threads)
                    let engines: [any StencilEngine] = [VectorizedStencilEngine(temporalBlock: depth, tileBytes: 512, streamingBytes: threads == 2 ? 0 : 1 << 40),
                                                        LoRAStencilEngine(temporalBlock: depth, tileBytes: 512)]
                    for engine in engines {
                        let outcome = try engine.run(p) { _ in }
                        #expect(outcome.sweeps == (steps + depth - 1) / depth && outcome.facts["temporal_block"] == Double(depth))
                        let diff = try relativeDifference(engine, p)
                        #expect(diff < 1e-12, "\(engine) \(shape) \(boundary) depth \(depth) steps \(steps) threads \(threads): \(diff)")
                    }
                }
            }
        }
    }

    /// The default depth fills the L2 budget: 8 for Heat-2D lines of 8192 points, 3 per pass for Box-2D49P (7 ring
    /// lines per level), 4 for Heat-3D planes of 512² (ghost lines at most a third of a plane), balanced over the steps.
    @Test func defaultDepthFitsTheScratchBudget() throws {
        func depth(_ shape: StencilShape, _ dims: [Int], steps: Int) throws -> Int {
            let grid = try StencilGrid(dims: dims, values: [Double](repeating: 0, count: dims.reduce(1, *)))
            let p = try StencilProblem(grid: grid, kernel: shape.kernel, boundary: .periodic, steps: steps, threads: 2)
            return VectorizedStencilEngine().effectiveDepth(for: p)
        }
        #expect(try depth(.heat2d, [16, 8192], steps: 16) == 8)
        #expect(try depth(.box2d49p, [16, 8192], steps: 4) == 2)
        #expect(try depth(.box2d49p, [16, 8192], steps: 9) == 3)
        #expect(try depth(.heat3d, [8, 512, 512], steps: 16) == 4)
        #expect(try depth(.heat1d, [1000], steps: 20) == 7)
    }

    /// Streaming (non-temporal) stores from the first byte: unaligned line starts, lines shorter than a vector,
    /// long 1-D lines split into pieces, both boundaries and thread counts.
    @Test func streamingSingleSweepsMatchTheReference() throws {
        for (shape, dims) in [(StencilShape.heat1d, [70_001]), (.p1d5, [37]), (.heat2d, [41, 23]), (.box2d49p, [9, 13]), (.box3d27p, [7, 9, 11])] {
            for boundary in [StencilBoundary.periodic, .dirichlet(0.25)] {
                for threads in [1, 2] {
                    let p = try problem(shape.kernel, dims: dims, boundary: boundary, steps: 3, threads: threads)
                    let engine = VectorizedStencilEngine(temporalBlock: 1, streamingBytes: 0)
                    #expect(try engine.run(p) { _ in }.facts["streaming_stores"] == 1)
                    let diff = try relativeDifference(engine, p)
                    #expect(diff < 1e-12, "\(shape) \(boundary) threads \(threads): \(diff)")
                }
            }
        }
    }
}
