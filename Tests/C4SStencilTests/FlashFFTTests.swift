import C4SCore
@testable import C4SStencil
import Foundation
import Testing

/// The tolerance: |engine − reference| ≤ 1e-9 + 1e-9·|reference| at every point. Returns the worst
/// ratio of the difference to that bound (≤ 1 passes) and the max absolute difference.
func toleranceRatio(_ engine: any StencilEngine, _ problem: StencilProblem) throws -> (ratio: Double, error: Double) {
    let expected = try ReferenceStencilEngine().run(problem) { _ in }.grid.values
    let actual = try engine.run(problem) { _ in }.grid.values
    let ratios = zip(expected, actual).map { abs($0 - $1) / (1e-9 + 1e-9 * abs($0)) }
    return (ratios.max()!, zip(expected, actual).map { abs($0 - $1) }.max()!)
}

@Suite struct ComplexPowerTests {
    /// Binary exponentiation against the polar form |z|^T·e^{iTθ} (Foundation pow, cos, sin) for |z| ≤ 1.
    @Test func powersAgreeWithThePolarFormUpToAThousand() {
        var rng = SplitMix64(seed: 5)
        let count = 64
        let zs = (0..<count).map { _ in (radius: 0.9 + 0.1 * rng.nextUnit(), angle: 2 * Double.pi * rng.nextUnit()) }
        for power in [1, 2, 3, 7, 64, 100, 999, 1000] {
            let re = UnsafeMutablePointer<Double>.allocate(capacity: count), im = UnsafeMutablePointer<Double>.allocate(capacity: count)
            let scratch = UnsafeMutablePointer<Double>.allocate(capacity: 2 * count)
            defer { re.deallocate(); im.deallocate(); scratch.deallocate() }
            for (i, z) in zs.enumerated() { (re[i], im[i]) = (z.radius * cos(z.angle), z.radius * sin(z.angle)) }
            ComplexPower.raise(re: re, im: im, count: count, power: power, scratch: scratch)
            for (i, z) in zs.enumerated() {
                let magnitude = pow(z.radius, Double(power)), angle = Double(power) * z.angle
                let error = hypot(re[i] - magnitude * cos(angle), im[i] - magnitude * sin(angle)) / magnitude
                #expect(error < 1e-12 * Double(max(power, 10)) / 100, "z^\(power): relative error \(error)")
            }
        }
    }
}

@Suite struct FlashFFTTests {
    static let engine = FlashFFTEngine(effort: .estimate)

    /// Fixed plans (no calibration): all steps in one transform, and chunks of 3.
    @Test(arguments: StencilShape.allCases)
    func periodicMatchesTheReference(shape: StencilShape) throws {
        for steps in [1, 5, 37] {
            let p = try problem(shape.kernel, dims: oddDims(rank: shape.rank), boundary: .periodic, steps: steps, threads: 2)
            for fusion in [steps, 3] {
                let (ratio, error) = try toleranceRatio(FlashFFTEngine(fusion: fusion, effort: .estimate), p)
                #expect(ratio <= 1, "\(shape) steps \(steps) fusion \(fusion): max error \(error)")
            }
        }
    }

    @Test(arguments: StencilShape.allCases)
    func dirichletTilesAndBandsMatchTheReference(shape: StencilShape) throws {
        let dims = [[301], [40, 33], [19, 17, 18]][shape.rank - 1]
        for (steps, fusion, tile) in [(1, 1, 16), (5, 2, 16), (7, 3, 32)] {
            let p = try problem(shape.kernel, dims: dims, boundary: .dirichlet(0.75), steps: steps, threads: 2)
            let engine = FlashFFTEngine(fusion: fusion, tile: tile, effort: .estimate)
            let (ratio, error) = try toleranceRatio(engine, p)
            #expect(ratio <= 1, "\(shape) steps \(steps) fusion \(fusion) tile \(tile): max error \(error)")
        }
    }

    /// The long runs: 1-D 4096 and 2-D 64² to T = 1000, 3-D 24³ to T = 30, both boundaries. Periodic: all
    /// steps in one transform; Dirichlet: chunks of `fusion` steps on tiles of side `tile` with direct bands.
    @Test(arguments: [(StencilShape.heat1d, [4096], 1000, 100, 1024), (.p1d5, [4096], 1000, 50, 512),
                      (.heat2d, [64, 64], 1000, 8, 32), (.heat3d, [24, 24, 24], 30, 3, 16)])
    func longRunsStayWithinTolerance(shape: StencilShape, dims: [Int], steps: Int, fusion: Int, tile: Int) throws {
        let periodic = try problem(shape.kernel, dims: dims, boundary: .periodic, steps: steps, threads: 2)
        let spectral = try toleranceRatio(FlashFFTEngine(fusion: steps, effort: .estimate), periodic)
        #expect(spectral.ratio <= 1, "\(shape) periodic steps \(steps): max error \(spectral.error)")
        let dirichlet = try problem(shape.kernel, dims: dims, boundary: .dirichlet(0.5), steps: steps, threads: 2)
        let tiled = try toleranceRatio(FlashFFTEngine(fusion: fusion, tile: tile, effort: .estimate), dirichlet)
        #expect(tiled.ratio <= 1, "\(shape) dirichlet steps \(steps): max error \(tiled.error)")
    }

    /// Asymmetric user weights have a complex spectrum; a Dirichlet grid with an interior over several tiles.
    @Test func asymmetricWeightsMatchTheReference() throws {
        let kernel = try StencilKernel(rank: 2, side: 3, weights: [0.05, 0.2, 0, 0.1, 0.3, 0.15, 0, 0.12, 0.08])
        for boundary in [StencilBoundary.periodic, .dirichlet(-1)] {
            let p = try problem(kernel, dims: [70, 53], boundary: boundary, steps: 20, threads: 2)
            for engine in [FlashFFTEngine(fusion: 20, tile: 8, effort: .estimate), FlashFFTEngine(fusion: 4, tile: 32, effort: .estimate)] {
                let (ratio, error) = try toleranceRatio(engine, p)
                #expect(ratio <= 1, "\(boundary) fusion \(engine.fusion): max error \(error)")
            }
        }
    }

    @Test func thePlanIsReportedAndChunksAreNearlyEqual() throws {
        #expect(FlashFFTPlan.chunkLengths(steps: 10, chunks: 3) == [4, 3, 3])
        let periodic = try problem(StencilShape.heat2d.kernel, dims: [32, 32], boundary: .periodic, steps: 50, threads: 1)
        let outcome = try Self.engine.run(periodic) { _ in }
        #expect(outcome.facts["fused_steps"] == 50 && outcome.facts["chunks"] == 1)
        #expect(outcome.facts["tile_y"] == 32 && outcome.facts["tile_x"] == 32)
        #expect((outcome.facts["predicted_seconds"] ?? 0) > 0 && (outcome.facts["predicted_seconds_direct"] ?? 0) > 0)
        let dirichlet = try problem(StencilShape.heat2d.kernel, dims: [100, 100], boundary: .dirichlet(0), steps: 10, threads: 1)
        var reports: [Int] = []
        let fixed = try FlashFFTEngine(fusion: 4, tile: 32, effort: .estimate).run(dirichlet) { reports.append($0.steps) }
        #expect(reports == [4, 3, 3] && fixed.facts["tile_x"] == 32 && fixed.facts["predicted_seconds"] == nil)
    }

    @Test func costModelCandidatesCoverTheSteps() {
        #expect(FlashFFTCostModel.depthCandidates(upTo: 13) == [1, 2, 3, 4, 6, 8, 12, 13])
        #expect(FlashFFTCostModel.tileCandidates(above: 20, rank: 2) == [32, 64, 128, 256, 512, 1024, 2048])
    }

    @Test func autoRunsThePredictedFastestAndMatchesTheReference() throws {
        for (steps, boundary) in [(2, StencilBoundary.periodic), (400, .periodic), (30, .dirichlet(0.25))] {
            let p = try problem(StencilShape.heat2d.kernel, dims: [96, 96], boundary: boundary, steps: steps, threads: 2)
            let auto = AutoStencilEngine(effort: .estimate)
            let (kind, predicted) = try auto.choice(for: p)
            #expect(predicted[kind.rawValue] == predicted.values.min())
            let outcome = try auto.run(p) { _ in }
            #expect(outcome.facts["auto_chose_flashfft"] == (kind == .flashfft ? 1 : 0))
            #expect(try toleranceRatio(auto, p).ratio <= 1)
        }
    }
}

/// The cost model's decisions from injected rates (no timing): what it predicts and what `auto` picks.
@Suite struct FlashFFTCostModelTests {
    /// Rates with FFTs at `fft` flop/s (both sizes, one and all threads), every direct engine at `direct` updates/s
    /// except lorastencil at `lora`, boundary slabs at `band` updates/s with no fixed cost, tile correction 1.
    static func rates(fft: Double, direct: Double, lora: Double, band: Double) -> StencilMachineRates {
        let sample = { (points: Int) in StencilMachineRates.FFTRateSample(points: points, oneThread: fft, threaded: fft) }
        let engines = { (points: Int) in
            StencilMachineRates.DirectRateSample(points: points, updatesPerSecond: [.vectorized: direct, .convstencil: direct / 2, .lorastencil: lora])
        }
        return StencilMachineRates(fftSamples: [sample(1 << 12), sample(1 << 20)], spectrumSecondsPerUnit: 1e-9,
                                   directSamples: [engines(1 << 16), engines(1 << 20)], tileCorrection: 1, tileSeconds: 0,
                                   bandUpdatesPerSecond: band, bandStepSeconds: 0)
    }

    @Test func autoPicksFlashFFTOnlyWhenTheTransformsAreCheaper() throws {
        let grid = try StencilGrid.generate(dims: [256, 256], pattern: .random, seed: 1)
        let p = try StencilProblem(grid: grid, kernel: StencilShape.heat2d.kernel, boundary: .periodic, steps: 100, threads: 2)
        // FFT pair of 256²: 2·2.5·65536·16 flops; at 1e10 flop/s ≈ 0.5 ms, far below 100 steps at 1e9 updates/s (6.6 ms).
        let fast = FlashFFTCostModel(rates: Self.rates(fft: 1e10, direct: 1e9, lora: 5e8, band: 1e9)).choice(for: p)
        #expect(fast.kind == .flashfft)
        // At 1e7 flop/s the pair takes 0.5 s: the fastest direct engine wins, and it is the one with the highest rate.
        #expect(FlashFFTCostModel(rates: Self.rates(fft: 1e7, direct: 1e9, lora: 5e8, band: 1e9)).choice(for: p).kind == .vectorized)
        #expect(FlashFFTCostModel(rates: Self.rates(fft: 1e7, direct: 1e9, lora: 2e9, band: 1e9)).choice(for: p).kind == .lorastencil)
        let predicted = FlashFFTCostModel(rates: Self.rates(fft: 1e7, direct: 1e9, lora: 5e8, band: 1e9)).choice(for: p).predictedSeconds
        #expect(abs(predicted["vectorized"]! - 65536.0 * 100 / 1e9) < 1e-12 && abs(predicted["convstencil"]! - 2 * predicted["vectorized"]!) < 1e-12)
    }

    @Test func slowBoundarySlabsKeepDirichletGridsOnTheDirectEngine() throws {
        let grid = try StencilGrid.generate(dims: [256, 256], pattern: .random, seed: 1)
        let p = try StencilProblem(grid: grid, kernel: StencilShape.heat2d.kernel, boundary: .dirichlet(0), steps: 64, threads: 2)
        #expect(FlashFFTCostModel(rates: Self.rates(fft: 1e11, direct: 1e9, lora: 5e8, band: 1e9)).choice(for: p).kind == .flashfft)
        // The same transforms, but slabs 1000 times slower than the direct engine: every fused plan loses.
        #expect(FlashFFTCostModel(rates: Self.rates(fft: 1e11, direct: 1e9, lora: 5e8, band: 1e6)).choice(for: p).kind == .vectorized)
    }

    @Test func slabWorkCountsTheShrinkingLiveLayers() throws {
        // Heat-2D (r = 1), 3 fused steps on 40x50: W = 6 layers per slab, steps update 5, 4, 3 of them; 2 slabs per
        // axis spanning 50 (y slabs) and 40 (x slabs) points.
        let model = FlashFFTCostModel(rates: Self.rates(fft: 1e9, direct: 1e9, lora: 1e9, band: 1))
        let expected = 2.0 * 50 * 12 + 2 * 40 * 12
        #expect(model.bandSeconds(dims: [40, 50], kernel: StencilShape.heat2d.kernel, steps: 3) == expected)
        #expect(DirichletBands(kernel: StencilShape.heat2d.kernel, dims: [40, 50], value: 0, steps: 3).pointSteps == Int(expected))
    }

    @Test func directRatesAreInterpolatedInLogPoints() {
        let rates = StencilMachineRates(
            fftSamples: [], spectrumSecondsPerUnit: 0,
            directSamples: [.init(points: 1 << 16, updatesPerSecond: [.vectorized: 4, .convstencil: 1, .lorastencil: 1]),
                            .init(points: 1 << 20, updatesPerSecond: [.vectorized: 2, .convstencil: 1, .lorastencil: 1])],
            tileCorrection: 1, tileSeconds: 0, bandUpdatesPerSecond: 1, bandStepSeconds: 0)
        #expect(rates.directUpdatesPerSecond(.vectorized, points: 1 << 18) == 3)
        #expect(rates.directUpdatesPerSecond(.vectorized, points: 1 << 10) == 4 && rates.directUpdatesPerSecond(.vectorized, points: 1 << 24) == 2)
    }
}
