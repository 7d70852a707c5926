import C4SCore
import C4SSpectral
import Foundation
import Synchronization

/// This machine's rates for one kernel, boundary and thread count, measured by a tiny calibration (tens of
/// milliseconds; FFTW planning of the calibration sizes on top with `measure`) the first time they are needed and kept for the process: the inputs of `FlashFFTCostModel`.
public struct StencilMachineRates: Sendable {
    /// FFTW-convention flops per second (2.5 N log2 N per real transform) of an r2c + c2r pair at a small size
    /// (2^12 points) and a large one (2^20 points), on one thread and on the run's threads.
    public let fftSamples: [FFTRateSample]
    /// Seconds per complex value and per unit of work of `KernelSpectrum` (one unit = one kernel row or one
    /// complex multiplication of the power), on all threads.
    public let spectrumSecondsPerUnit: Double
    /// Point updates per second of each direct engine on a 2^18-point grid with this kernel and boundary.
    public let directUpdatesPerSecond: [StencilEngineKind: Double]
    /// Fixed seconds per Dirichlet chunk beyond its arithmetic: stepping the boundary slabs of a tiny grid one
    /// step (engine calls, thread dispatch, slab copies).
    public let chunkOverheadSeconds: Double
    /// Measured over predicted seconds of a Dirichlet flashfft run with a fixed plan (4 fused steps, small tiles) on
    /// a calibration grid: what the model's Dirichlet chunk terms leave out (tile copies, zeroing, slab stepping
    /// on thin grids) as one factor on them; 1 for periodic boundaries.
    public let dirichletCorrection: Double

    /// One FFT calibration point: transform size and FFTW-convention flops per second.
    public struct FFTRateSample: Sendable {
        /// Points of the transform.
        public let points: Int
        /// Flops per second with one thread.
        public let oneThread: Double
        /// Flops per second with the run's threads splitting each transform.
        public let threaded: Double
    }

    /// FFTW-convention flops per second for a transform of `points` points: interpolated linearly in log2(points)
    /// between the two samples, constant beyond them.
    public func fftFlopsPerSecond(points: Int, threaded: Bool) -> Double {
        let (small, large) = (fftSamples[0], fftSamples[1])
        let t = min(max((log2(Double(points)) - log2(Double(small.points))) / (log2(Double(large.points)) - log2(Double(small.points))), 0), 1)
        let (a, b) = threaded ? (small.threaded, large.threaded) : (small.oneThread, large.oneThread)
        return a + t * (b - a)
    }

    /// The direct engines the cost model weighs against the FFT.
    public static let directEngines: [StencilEngineKind] = [.vectorized, .convstencil, .lorastencil]

    /// The fastest direct engine and its rate in point updates per second.
    public var bestDirect: (kind: StencilEngineKind, updatesPerSecond: Double) {
        let best = directUpdatesPerSecond.max { $0.value < $1.value }!
        return (best.key, best.value)
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
        let rank = problem.kernel.rank
        let samples = try [[[1 << 12], [64, 64], [16, 16, 16]], [[1 << 20], [1024, 1024], [100, 100, 100]]].map { sizes in
            let dims = sizes[rank - 1]
            let one = try fftRate(dims: dims, effort: effort, threads: 1)
            let threaded = problem.threads == 1 ? one : try fftRate(dims: dims, effort: effort, threads: problem.threads)
            return FFTRateSample(points: dims.reduce(1, *), oneThread: one, threaded: threaded)
        }
        let spectrum = KernelSpectrum(kernel: problem.kernel, dims: [[1 << 16], [256, 256], [40, 40, 40]][rank - 1])
        let buffer = FFTBuffer(count: 2 * spectrum.count)
        let power = 1000, units = Double(spectrum.count) * FlashFFTCostModel.spectrumUnits(kernel: problem.kernel, power: power)
        let spectrumSeconds = best(of: 2) { spectrum.multiply(buffer, power: power, scale: 1, threads: problem.threads) }
        let directDims = [[1 << 18], [512, 512], [64, 64, 64]][rank - 1].map { max($0, problem.kernel.side) }
        let grid = try StencilGrid.generate(dims: directDims, pattern: .random, seed: 1)
        let direct = try StencilProblem(grid: grid, kernel: problem.kernel, boundary: problem.boundary, steps: 4, threads: problem.threads)
        var rates: [StencilEngineKind: Double] = [:]
        for kind in directEngines {
            let seconds = try kind.engine().run(direct) { _ in }.seconds
            rates[kind] = Double(grid.values.count * direct.steps) / max(seconds, 1e-9)
        }
        let tiny = try StencilGrid.generate(dims: [[64], [32, 32], [16, 16, 16]][rank - 1].map { max($0, 2 * problem.kernel.side + 1) },
                                            pattern: .random, seed: 2)
        var out = tiny.values
        let bands = DirichletBands(engine: VectorizedStencilEngine())
        let chunk = try (0..<3).map { _ in
            try WallClock.time {
                try out.withUnsafeMutableBufferPointer {
                    try bands.apply(src: tiny.values, dst: $0.baseAddress!, dims: tiny.dims, kernel: problem.kernel, value: 0,
                                    steps: 1, threads: problem.threads)
                }
            }
        }.min()!
        let uncorrected = StencilMachineRates(fftSamples: samples, spectrumSecondsPerUnit: spectrumSeconds / units,
                                              directUpdatesPerSecond: rates, chunkOverheadSeconds: chunk, dirichletCorrection: 1)
        guard case .dirichlet = problem.boundary else { return uncorrected }
        let fixed = FlashFFTEngine(fusion: 4, tile: [1024, 64, 24][rank - 1], effort: effort)
        let sample = try StencilProblem(
            grid: StencilGrid.generate(dims: [[1 << 16], [256, 256], [40, 40, 40]][rank - 1], pattern: .random, seed: 3),
            kernel: problem.kernel, boundary: problem.boundary, steps: 8, threads: problem.threads)
        let predicted = FlashFFTCostModel(rates: uncorrected).seconds(of: try fixed.plan(for: sample).plan, for: sample)
        let measured = try (0..<2).map { _ in try fixed.run(sample) { _ in }.seconds }.min()!
        return StencilMachineRates(fftSamples: samples, spectrumSecondsPerUnit: spectrumSeconds / units, directUpdatesPerSecond: rates,
                                   chunkOverheadSeconds: chunk, dirichletCorrection: measured / predicted)
    }

    private static func fftRate(dims: [Int], effort: FFTPlanningEffort, threads: Int) throws -> Double {
        let forward = try FFTPlanCache.shared.plan(FFTPlanKey(dims: dims, kind: .r2c, direction: .forward, effort: effort, threads: threads))
        let inverse = try FFTPlanCache.shared.plan(FFTPlanKey(dims: dims, kind: .c2r, direction: .backward, effort: effort, threads: threads))
        let real = forward.makeInput(), complex = forward.makeOutput()
        let seconds = best(of: 3) {
            forward.execute(input: real, output: complex)
            inverse.execute(input: complex, output: real)
        }
        return 2 * forward.key.nominalFlops / max(seconds, 1e-9)
    }

    /// The shortest of `count` timings of `body`, in seconds.
    private static func best(of count: Int, _ body: () -> Void) -> Double {
        (0..<count).map { _ in WallClock.time(body) }.min()!
    }
}
