import C4SCore
import C4SSpectral
import Foundation
import Synchronization

/// This machine's rates for one kernel, boundary and thread count, measured by a small calibration (a fraction of
/// a second; FFTW planning of the calibration sizes on top with `measure`) the first time they are needed and kept
/// for the process: the inputs of `FlashFFTCostModel`. Every Dirichlet term is measured on the component itself
/// (the overlap-save tiles, the boundary slabs), not inferred from a whole run.
public struct StencilMachineRates: Sendable {
    /// FFTW-convention flops per second (2.5 N log2 N per real transform) of an r2c + c2r pair at a small size
    /// (2^12 points) and a large one (2^20 points), on one thread and on the run's threads.
    public let fftSamples: [FFTRateSample]
    /// Seconds per complex value and per unit of work of `KernelSpectrum` (one unit = one kernel row or one
    /// complex multiplication of the power), on all threads.
    public let spectrumSecondsPerUnit: Double
    /// Point updates per second of each direct engine on a small grid (2^16 points) and a large one (2^20 points)
    /// with this kernel and boundary.
    public let directSamples: [DirectRateSample]
    /// Measured over FFT-predicted seconds of an overlap-save tile beyond its fixed cost (copy in with zero
    /// padding, the multiplier pass and the copy out on top of the r2c + c2r pair, all workers busy); 1 for periodic.
    public let tileCorrection: Double
    /// Fixed seconds per tile and worker (calls, loop set-up; dominant for tiny tiles); 0 for periodic.
    public let tileSeconds: Double
    /// Point updates per second of the Dirichlet boundary slabs (`DirichletBands`) beyond their fixed costs.
    public let bandUpdatesPerSecond: Double
    /// Fixed seconds per slab and step of `DirichletBands` (thread dispatch; measured on a tiny grid).
    public let bandStepSeconds: Double

    /// One FFT calibration point: transform size and FFTW-convention flops per second.
    public struct FFTRateSample: Sendable {
        /// Points of the transform.
        public let points: Int
        /// Flops per second with one thread.
        public let oneThread: Double
        /// Flops per second with the run's threads splitting each transform.
        public let threaded: Double
    }

    /// One direct-engine calibration point: grid points and point updates per second of each direct engine.
    public struct DirectRateSample: Sendable {
        /// Points of the calibration grid.
        public let points: Int
        /// Point updates per second by engine.
        public let updatesPerSecond: [StencilEngineKind: Double]
    }

    /// Interpolation weight of `points` between two sample sizes: linear in log2(points), clamped to [0, 1].
    private static func weight(_ points: Int, _ small: Int, _ large: Int) -> Double {
        min(max((log2(Double(points)) - log2(Double(small))) / (log2(Double(large)) - log2(Double(small))), 0), 1)
    }

    /// FFTW-convention flops per second for a transform of `points` points: interpolated linearly in log2(points)
    /// between the two samples, constant beyond them.
    public func fftFlopsPerSecond(points: Int, threaded: Bool) -> Double {
        let (small, large) = (fftSamples[0], fftSamples[1])
        let t = Self.weight(points, small.points, large.points)
        let (a, b) = threaded ? (small.threaded, large.threaded) : (small.oneThread, large.oneThread)
        return a + t * (b - a)
    }

    /// Point updates per second of direct engine `kind` on a grid of `points` points: interpolated like the FFT rate.
    public func directUpdatesPerSecond(_ kind: StencilEngineKind, points: Int) -> Double {
        let (small, large) = (directSamples[0], directSamples[1])
        let (a, b) = (small.updatesPerSecond[kind]!, large.updatesPerSecond[kind]!)
        return a + Self.weight(points, small.points, large.points) * (b - a)
    }

    /// The direct engines the cost model weighs against the FFT.
    public static let directEngines: [StencilEngineKind] = [.vectorized, .convstencil, .lorastencil]

    /// The fastest direct engine on a grid of `points` points and its rate in point updates per second.
    public func bestDirect(points: Int) -> (kind: StencilEngineKind, updatesPerSecond: Double) {
        Self.directEngines.map { ($0, directUpdatesPerSecond($0, points: points)) }.max { $0.1 < $1.1 }!
    }

    private struct Key: Hashable {
        let weights: [Double]
        let rank: Int
        let periodic: Bool
        let threads: Int
        let effort: FFTPlanningEffort
    }

    private static let measured = Mutex<[Key: StencilMachineRates]>([:])

    /// The rates for `problem`'s kernel, boundary kind and threads, measured on first request.
    /// - Throws: `SpectralError` when FFTW cannot plan the calibration size; a stencil error never (valid sizes).
    public static func rates(for problem: StencilProblem, effort: FFTPlanningEffort) throws -> StencilMachineRates {
        let key = Key(weights: problem.kernel.weights, rank: problem.kernel.rank, periodic: problem.boundary == .periodic,
                      threads: problem.threads, effort: effort)
        if let known = measured.withLock({ $0[key] }) { return known }
        let made = try calibrate(problem, effort: effort)
        measured.withLock { $0[key] = made }
        return made
    }

    private static func calibrate(_ problem: StencilProblem, effort: FFTPlanningEffort) throws -> StencilMachineRates {
        let rank = problem.kernel.rank, kernel = problem.kernel, threads = problem.threads
        let samples = try [[[1 << 12], [64, 64], [16, 16, 16]], [[1 << 20], [1024, 1024], [100, 100, 100]]].map { sizes in
            let dims = sizes[rank - 1]
            let one = try fftRate(dims: dims, effort: effort, threads: 1)
            let threaded = threads == 1 ? one : try fftRate(dims: dims, effort: effort, threads: threads)
            return FFTRateSample(points: dims.reduce(1, *), oneThread: one, threaded: threaded)
        }
        let spectrum = KernelSpectrum(kernel: kernel, dims: [[1 << 16], [256, 256], [40, 40, 40]][rank - 1])
        let buffer = FFTBuffer(count: 2 * spectrum.count)
        let power = 1000, units = Double(spectrum.count) * FlashFFTCostModel.spectrumUnits(kernel: kernel, power: power)
        let spectrumSeconds = medianTime(of: 3) { spectrum.multiply(buffer, power: power, scale: 1, threads: threads) }
        let direct = try [[[1 << 16], [256, 256], [40, 40, 40]], [[1 << 20], [1024, 1024], [100, 100, 100]]].map { sizes in
            let grid = try StencilGrid.generate(dims: sizes[rank - 1].map { max($0, kernel.side) }, pattern: .random, seed: 1)
            let run = try StencilProblem(grid: grid, kernel: kernel, boundary: problem.boundary, steps: 4, threads: threads)
            var rates: [StencilEngineKind: Double] = [:]
            for kind in directEngines {
                let seconds = try median(of: 3) { try kind.engine().run(run) { _ in }.seconds }
                rates[kind] = Double(grid.values.count * run.steps) / max(seconds, 1e-9)
            }
            return DirectRateSample(points: grid.values.count, updatesPerSecond: rates)
        }
        let periodic = StencilMachineRates(fftSamples: samples, spectrumSecondsPerUnit: spectrumSeconds / units, directSamples: direct,
                                           tileCorrection: 1, tileSeconds: 0, bandUpdatesPerSecond: .infinity, bandStepSeconds: 0)
        guard case .dirichlet = problem.boundary else { return periodic }
        let fused = 4, h = kernel.radius * fused
        // Boundary slabs: fixed cost per slab step from a tiny grid, then the rate from a calibration grid.
        let tiny = try StencilGrid.generate(dims: [[64], [32, 32], [16, 16, 16]][rank - 1].map { max($0, 2 * h + 1) }, pattern: .random, seed: 2)
        let tinyBands = DirichletBands(kernel: kernel, dims: tiny.dims, value: 0, steps: fused)
        let stepSeconds = bandSeconds(tinyBands, tiny, threads: threads) / Double(2 * rank * fused)
        let sample = try StencilGrid.generate(dims: [[1 << 16], [512, 512], [64, 64, 64]][rank - 1].map { max($0, 4 * h) }, pattern: .random, seed: 3)
        let bands = DirichletBands(kernel: kernel, dims: sample.dims, value: 0, steps: fused)
        let arithmetic = max(bandSeconds(bands, sample, threads: threads) - Double(2 * rank * fused) * stepSeconds, 1e-9)
        // Tiles: seconds per tile and worker at a small side (fixed costs dominate) and a larger one (the FFT does);
        // per tile = correction · FFT-predicted pair + fixed.
        let model = FlashFFTCostModel(rates: periodic)
        let measuredTiles = try [(max([32, 8, 8][rank - 1], 2 * kernel.radius + 2), 1), (max([1024, 64, 24][rank - 1], 2 * h + 8), fused)].map { side, steps in
            let dims = sample.dims.map { _ in side }
            let tiles = try OverlapSaveTiles(kernel: kernel, dims: sample.dims, tile: dims, steps: steps, effort: effort, threads: threads)
            var out = sample.values
            let seconds = sample.values.withUnsafeBufferPointer { src in
                out.withUnsafeMutableBufferPointer { dst in medianTime(of: 3) { tiles.apply(src: src.baseAddress!, dst: dst.baseAddress!) } }
            }
            let perWorker = Double(tiles.tileCount) / Double(min(threads, tiles.tileCount))
            return (measured: seconds / perWorker, predicted: model.interiorSeconds(tiles: 1, tile: dims, threads: 1))
        }
        let (small, large) = (measuredTiles[0], measuredTiles[1])
        var correction = (large.measured - small.measured) / max(large.predicted - small.predicted, 1e-12)
        var fixed = small.measured - correction * small.predicted
        if correction <= 0 || fixed < 0 {
            fixed = max(0, min(fixed, small.measured))
            correction = max(large.measured - fixed, 1e-12) / large.predicted
        }
        return StencilMachineRates(fftSamples: samples, spectrumSecondsPerUnit: spectrumSeconds / units, directSamples: direct,
                                   tileCorrection: correction, tileSeconds: fixed, bandUpdatesPerSecond: Double(bands.pointSteps) / arithmetic,
                                   bandStepSeconds: stepSeconds)
    }

    /// The median of three runs of `bands` on `grid`, in seconds.
    private static func bandSeconds(_ bands: DirichletBands, _ grid: StencilGrid, threads: Int) -> Double {
        var out = grid.values
        return grid.values.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in medianTime(of: 3) { bands.apply(src: src.baseAddress!, dst: dst.baseAddress!, threads: threads) } }
        }
    }

    private static func fftRate(dims: [Int], effort: FFTPlanningEffort, threads: Int) throws -> Double {
        let forward = try FFTPlanCache.shared.plan(FFTPlanKey(dims: dims, kind: .r2c, direction: .forward, effort: effort, threads: threads))
        let inverse = try FFTPlanCache.shared.plan(FFTPlanKey(dims: dims, kind: .c2r, direction: .backward, effort: effort, threads: threads))
        let real = forward.makeInput(), complex = forward.makeOutput()
        let seconds = medianTime(of: 3) {
            forward.execute(input: real, output: complex)
            inverse.execute(input: complex, output: real)
        }
        return 2 * forward.key.nominalFlops / max(seconds, 1e-9)
    }

    /// The median of `count` values of `body` (seconds): every calibration term is timed alike, so that a loaded
    /// machine slows all of them (a best-of-N would favour the short ones, which more often hit a quiet moment).
    private static func median(of count: Int, _ body: () throws -> Double) rethrows -> Double {
        let times = try (0..<count).map { _ in try body() }.sorted()
        return times[count / 2]
    }

    /// The median of `count` timings of `body`, in seconds.
    private static func medianTime(of count: Int, _ body: () -> Void) -> Double {
        median(of: count) { WallClock.time(body) }
    }
}
