import C4SCore
import C4SSpectral
import CFFTBaseline

/// The `overhead` case of `c4s bench fft`: one r2c + c2r pair through C4SSpectral (`FFTPlan.execute`, timed in
/// Swift) against a plain C function executing the very same two FFTW plans on the same arrays and timing the
/// pair in C (`c4s_fft_baseline_execute_pair`). The two alternate pair by pair (Swift, C, Swift, C, …), so that
/// machine noise hits both alike; the overhead is the median over pairs of Swift/C − 1, and the spread is the
/// 10th to 90th percentile of those ratios.
enum FFTWrapperOverheadCase {
    /// Target of the issue: at most this fraction slower than the plain C program.
    static let target = 0.05

    static func run(_ settings: FFTBenchmarkSettings) throws -> (rows: [BenchmarkReport.Row], notes: [String]) {
        let sizes = settings.quick ? [[1024, 1024], [256, 256], [1 << 18], [64, 64, 64]] : [[4096, 4096], [256, 256], [1 << 20], [128, 128, 128]]
        var rows: [BenchmarkReport.Row] = [], worst = -Double.infinity
        for dims in sizes {
            try settings.context.cancellation.checkCancellation()
            let forward = try FFTPlanCache.shared.plan(FFTPlanKey(dims: dims, kind: .r2c, direction: .forward, effort: settings.effort, threads: settings.threads))
            let inverse = try FFTPlanCache.shared.plan(FFTPlanKey(dims: dims, kind: .c2r, direction: .backward, effort: settings.effort, threads: settings.threads))
            let real = forward.makeInput(), spectrum = forward.makeOutput()
            var random = SplitMix64(seed: 42)
            for i in 0..<real.count { real[i] = 2 * random.nextUnit() - 1 }
            let points = dims.reduce(1, *), pairs = points >= 1 << 22 ? 15 : 101, scale = 1 / Double(points)
            var ratios: [Double] = [], swiftTimes: [Double] = [], cTimes: [Double] = []
            for _ in 0..<pairs {
                let swift = WallClock.time {
                    forward.execute(input: real, output: spectrum)
                    inverse.execute(input: spectrum, output: real)
                }
                for i in 0..<real.count { real[i] *= scale }
                let c = c4s_fft_baseline_execute_pair(UnsafeMutableRawPointer(forward.plan), UnsafeMutableRawPointer(inverse.plan),
                                                      real.pointer, spectrum.pointer)
                guard c > 0 else { throw SpectralError.planningFailed(forward.key) }
                for i in 0..<real.count { real[i] *= scale }
                ratios.append(swift / c)
                swiftTimes.append(swift)
                cTimes.append(c)
            }
            let (low, median, high) = (percentile(ratios, 0.1) - 1, percentile(ratios, 0.5) - 1, percentile(ratios, 0.9) - 1)
            worst = max(worst, median)
            let swift = percentile(swiftTimes, 0.5), c = percentile(cTimes, 0.5)
            rows.append(FFTBenchmarkSettings.row("overhead", size: dims, engine: "C4SSpectral vs C", [
                ("swift_seconds", swift, "s"), ("c_seconds", c, "s"), ("overhead", 100 * median, "%"),
                ("overhead_p10", 100 * low, "%"), ("overhead_p90", 100 * high, "%"), ("pairs", Double(pairs), "1"),
                ("rate", 2 * forward.key.nominalFlops / swift / 1e9, "GFLOP/s"),
            ]))
            settings.context.progress(String(format: "overhead: r2c+c2r %@: median Swift %.4g s, C %.4g s, overhead %+.1f%% (p10 %+.1f%%, p90 %+.1f%%, %d pairs)",
                                             "\(dims)", swift, c, 100 * median, 100 * low, 100 * high, pairs))
        }
        return (rows, [
            "overhead: the same \(settings.effort) FFTW plans (\(settings.threads) thread(s)) executed from Swift and from C, alternating pair by pair; overhead = median of Swift/C - 1 over the pairs, p10/p90 its spread",
            String(format: "target wrapper overhead <= %.0f%% against plain C: worst median %.1f%%, %@", 100 * target, 100 * worst, worst <= target ? "met" : "missed"),
        ])
    }

    /// The `q`-quantile (0...1) of `values` by the nearest rank. - Precondition: `values` is not empty.
    static func percentile(_ values: [Double], _ q: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int((q * Double(sorted.count - 1)).rounded()))]
    }
}
